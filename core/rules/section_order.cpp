// section.order: a section comes after one that should follow it.
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk {

namespace {

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  const auto& found = ctx.report.sections;
  int highest = 0;
  for (const SectionHeading& h : found) {
    if (h.copy_start) highest = 0;  // another copy of the report starts over (section.duplicate)
    if (h.section < highest) {
      out.push_back(make_finding(self, h.span,
                                 "第" + chinese_numeral(h.section) + "部分出现在第" + chinese_numeral(highest) +
                                     "部分之后，顺序应为一至六"));
    }
    if (h.section > highest) highest = h.section;
  }
}

}  // namespace

Rule rule_section_order() {
  Rule r("section.order", Severity::Error, "各部分的先后顺序与格式不符");
  r.messages = {{"out-of-order", "第{section}部分出现在第{highest}部分之后，顺序应为一至六"}};
  r.per_report = run;
  return r;
}

}  // namespace gk
