// For the tests of blank cells and of rows off by one value: a synthetic report
// (tests/unit/synthetic_report.h) checked, and its findings of one rule.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "check.h"
#include "unit/synthetic_report.h"

namespace gk_test {

struct Checked {
  SyntheticReport rep;
  std::unique_ptr<gk::CheckResult> result;
  std::vector<const gk::rules::Finding*> of(const std::string& rule) const {
    std::vector<const gk::rules::Finding*> v;
    for (const gk::rules::Finding& f : result->findings)
      if (f.rule == rule) v.push_back(&f);
    return v;
  }
  // "line:column" of a finding, to compare with rep.at().
  CellPos where(const gk::rules::Finding& f) const {
    gk::text::Position p = result->text.position(f.span.begin);
    return {p.line, p.column};
  }
};

// The synthetic report with these applications rows, and 表四 with these values when given.
inline Checked check_synthetic(const std::vector<AppRow>& rows, const std::array<std::string, 15>* reviews = nullptr) {
  Checked c{build_report(rows), nullptr};
  if (reviews != nullptr) c.rep.text = with_reviews(c.rep.text, *reviews);
  c.result = gk::check_text(c.rep.text, "synthetic.txt");
  return c;
}

inline std::array<std::string, 15> zero_reviews() {
  std::array<std::string, 15> v;
  v.fill("0");
  return v;
}

// 表四 with 行政复议 written as given (结果维持, 结果纠正, 其他结果, 尚未审结, 总计), the rest 0.
inline std::array<std::string, 15> reviews_with(const std::array<std::string, 5>& review) {
  std::array<std::string, 15> v = zero_reviews();
  for (std::size_t k = 0; k < review.size(); ++k) v[k] = review[k];
  return v;
}

}  // namespace gk_test
