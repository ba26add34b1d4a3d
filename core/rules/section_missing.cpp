// section.missing: one of the six sections the format requires is not in the report.
#include <algorithm>

#include "bind/format_catalogue.h"
#include "read/line_scan.h"
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk::rules {

using bind::SectionHeading;
using format::Format, format::SectionSpec;
using input::BinaryKind;
using read::trim_span;
using text::Span;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  if (!looks_like_report(ctx)) {
    // Text with neither a section heading nor a table of the format: one finding that says
    // so (blank input is input.empty's, bytes that are not text input.unreadable's).
    if (ctx.decoded.binary != BinaryKind::None) return;
    Span all = trim_span(ctx.text, {0, ctx.text.str().size()});
    if (all.empty()) return;
    Span first = trim_span(ctx.text, ctx.text.line_span(ctx.text.line_of(all.begin)));
    out.push_back(make_finding(self, {first.begin, std::min(first.end, first.begin + 90)},
                               "没有找到年度报告的任何部分标题（一、总体情况 至 六、其他需要报告的事项），也没有格式规定的统计表格："
                               "这段文字不像政府信息公开工作年度报告"));
    return;
  }
  const Format& f = ctx.report.format != nullptr ? *ctx.report.format : ctx.formats.newest();
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
    out.back().section = s.number;
  }
}

}  // namespace

Rule rule_section_missing() { return Rule(RuleId::SectionMissing).on_report(run); }

}  // namespace gk::rules
