// section.numbering: a section heading numbered otherwise than "三、" ("3、", "（三）", a wrong
// numeral). Wrong numerals of an outline mis-numbered as a whole are section.outline's, and a
// heading written again section.duplicate's.
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk::rules {

using bind::HeadingRole, bind::NumberStyle, bind::SectionHeading;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const bool outline_misnumbered = ctx.report.outline.misnumbered();
  for (const SectionHeading& h : ctx.report.sections) {
    if (h.role == HeadingRole::Repeated) continue;
    if (h.style == NumberStyle::ChineseComma && h.written == h.section) continue;
    if (outline_misnumbered && h.role == HeadingRole::Section && h.written > 0 && h.written != h.section) continue;
    std::string expected = chinese_numeral(h.section) + "、";
    std::string message;
    if (h.style == NumberStyle::None) {
      message = "第" + chinese_numeral(h.section) + "部分标题缺少序号，应以“" + expected + "”开头";
      out.push_back(make_finding(self, {h.span.begin, h.title.begin}, message));
      continue;
    }
    message = "标题序号应为“" + expected + "”，实为“" + std::string(ctx.text.view(h.numeral)) + "”";
    out.push_back(make_finding(self, h.numeral, message));
  }
}

}  // namespace

Rule rule_section_numbering() { return Rule(RuleId::SectionNumbering).on_report(run); }

}  // namespace gk::rules
