// The cross-year rules' pairing: among the reports checked together, the report of the same
// body (its name in the title, else in the signature) for the year before.
#pragma once
#include <vector>

#include "check.h"

namespace gk::rules {

const CheckResult* last_year_of(const CheckResult& now, const std::vector<CheckResult*>& results);

// compare(last, now) for each report that has last year's among `results`.
template <class Compare>
void for_each_year_pair(const std::vector<CheckResult*>& results, Compare compare) {
  for (CheckResult* now : results)
    if (const CheckResult* last = last_year_of(*now, results)) compare(*last, *now);
}

}  // namespace gk::rules
