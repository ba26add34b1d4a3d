// The cross-year rules' pairing: among the reports checked together, the report of the same
// body (its name in the title, else in the signature) for the year before.
#pragma once
#include <vector>

#include "check.h"

namespace gk::rules {

const CheckResult* last_year_of(const CheckResult& now, const std::vector<CheckResult*>& results);

}  // namespace gk::rules
