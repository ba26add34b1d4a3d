// section.title: a section heading's words depart from the format's title.
#include "bind/format_catalogue.h"
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk::rules {

using bind::HeadingRole, bind::SectionHeading;
using format::Format, format::SectionSpec;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const Format& f = ctx.report.format != nullptr ? *ctx.report.format : ctx.formats.newest();
  for (const SectionHeading& h : ctx.report.sections) {
    if (h.exact_title || h.role == HeadingRole::Repeated) continue;  // a repeat is section.duplicate's
    std::string official;
    for (const SectionSpec& s : f.sections)
      if (s.number == h.section) official = s.title;
    out.push_back(make_finding(self, h.title,
                               "第" + chinese_numeral(h.section) + "部分标题应为“" + official + "”，实为“" +
                                   std::string(ctx.text.view(h.title)) + "”"));
  }
}

}  // namespace

Rule rule_section_title() { return Rule(RuleId::SectionTitle).on_report(run); }

}  // namespace gk::rules
