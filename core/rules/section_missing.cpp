// section.missing: one of the six sections the format requires is not in the report.
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk {

namespace {

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  if (!looks_like_report(ctx)) return;
  const Format& f = ctx.report.format != nullptr ? *ctx.report.format : formats().front();
  const auto& found = ctx.report.sections;
  for (const SectionSpec& s : f.sections) {
    bool present = false;
    for (const SectionHeading& h : found) present = present || h.section == s.number;
    if (present) continue;
    // Point at the heading it should precede, or at the end of the last section.
    Span where{ctx.text.str().size(), ctx.text.str().size()};
    for (const SectionHeading& h : found) {
      if (h.section > s.number) {
        where = {h.span.begin, h.span.begin};
        break;
      }
    }
    out.push_back(make_finding(self, where, "缺少第" + chinese_numeral(s.number) + "部分“" + section_title(f, s.number) + "”"));
  }
}

}  // namespace

Rule rule_section_missing() {
  return {"section.missing", Severity::Error, "缺少格式规定的六个部分之一", run};
}

}  // namespace gk
