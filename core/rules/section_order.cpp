// section.order: a section comes after one that should follow it.
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk::rules {

using bind::SectionHeading;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
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

Rule rule_section_order() { return Rule(RuleId::SectionOrder).on_report(run); }

}  // namespace gk::rules
