// Helpers for the input-kind tests (HTML, .docx, pipe tables, refusals): a report's
// findings as the facts that must not depend on the input's form.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "unit/support.h"

namespace gk_test {

inline std::string quantity_text(const std::optional<gk::text::Quantity>& q) {
  if (!q) return "-";
  return std::to_string(q->scaled);
}

// Each finding as "rule table/row/column expected actual", sorted: what the same report
// given as text, HTML, .docx or markdown must agree on (lines and offsets may differ).
inline std::vector<std::string> finding_facts(const gk::CheckResult& r) {
  std::vector<std::string> out;
  for (const gk::rules::Finding& f : r.findings) {
    std::string s = f.rule;
    if (f.cell) s += " " + f.cell->table + "/" + f.cell->row + "/" + f.cell->column;
    s += " " + quantity_text(f.expected) + " " + quantity_text(f.actual);
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline const char* const kSeeds[] = {"000_2a323641ce1d9cac", "001_d37008fbb3c2afee", "002_df5be3e5b2d03ca8",
                                     "003_a6cf102bc61e7d06", "004_e326ba0ba3be1f76"};

inline std::vector<std::string> seed_facts(const std::string& stem) {
  return finding_facts(*check_corpus("seeds/" + stem + ".txt"));
}

}  // namespace gk_test
