// section.order: a section's heading out of its place among the others (bind/outline.h: the
// alignment with the outline leaves it out, and no heading of its section is there before).
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk::rules {

using bind::HeadingRole, bind::SectionHeading;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const auto& found = ctx.report.sections;
  std::size_t copy = 0;  // first heading of the current copy of the report (section.duplicate)
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].copy_start) copy = i;
    const SectionHeading& h = found[i];
    if (h.role != HeadingRole::Moved) continue;
    // After a later section's heading, or else before an earlier one's.
    int highest = 0;
    for (std::size_t k = copy; k < i; ++k)
      if (found[k].role == HeadingRole::Section && found[k].section > highest) highest = found[k].section;
    if (highest > h.section) {
      out.push_back(make_finding(self, h.span,
                                 "第" + chinese_numeral(h.section) + "部分出现在第" + chinese_numeral(highest) +
                                     "部分之后，顺序应为一至六"));
      continue;
    }
    for (std::size_t k = i + 1; k < found.size() && !found[k].copy_start; ++k)
      if (found[k].role == HeadingRole::Section && found[k].section < h.section) {
        out.push_back(make_finding(self, h.span,
                                   "第" + chinese_numeral(h.section) + "部分出现在第" + chinese_numeral(found[k].section) +
                                       "部分之前，顺序应为一至六"));
        break;
      }
  }
}

}  // namespace

Rule rule_section_order() { return Rule(RuleId::SectionOrder).on_report(run); }

}  // namespace gk::rules
