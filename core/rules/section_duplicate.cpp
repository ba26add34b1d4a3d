// section.duplicate: the same section heading appears twice (bind/outline.h: a repeat, which
// the alignment with the outline leaves out). When the headings start over
// and repeat the report's sections in order (a report pasted twice, or two reports pasted
// one after the other), that is one finding at the start of the second copy, not one per
// section.
#include <algorithm>

#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk::rules {

using bind::HeadingRole, bind::SectionHeading;

namespace {

constexpr std::size_t kSectionsKnown = 31;  // sections are 1..6; numerals read up to 30 (bind/outline.cpp)

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const auto& found = ctx.report.sections;
  const std::string& t = ctx.text.str();
  std::size_t copy_start = 0;  // first heading of the current copy
  std::vector<const SectionHeading*> heading_of(kSectionsKnown, nullptr);
  for (std::size_t i = 0; i < found.size(); ++i) {
    const int s = found[i].section;
    if (found[i].copy_start) {
      // The report again (bind/outline.cpp): is it the same text as the copy before, up
      // to that copy's last heading?
      const std::size_t a = found[copy_start].span.begin, b = found[i].span.begin;
      const std::size_t e = found[i - 1].span.end;
      const bool same = e - a <= t.size() - b && t.compare(a, e - a, t, b, e - a) == 0;
      const std::string where = std::to_string(ctx.text.line_of(a));
      Finding f = make_finding(
          self, found[i].span,
          same ? "报告从此处起又出现一次，与第 " + where + " 行起的内容相同（可能粘贴了两次）；表格只按第一次出现的核对"
               : "此处起各部分标题从头再次出现（第 " + where +
                     " 行起已有一份）：似乎是另一份报告，表格只按第一份核对，请把两份报告分开检查");
      f.related.push_back(found[copy_start].span);
      out.push_back(std::move(f));
      copy_start = i;
    }
    if (i == copy_start) {
      // The copy's heading of each section (the one a repeat repeats), wherever it stands in the copy.
      std::fill(heading_of.begin(), heading_of.end(), nullptr);
      for (std::size_t k = i; k < found.size() && (k == i || !found[k].copy_start); ++k)
        if (found[k].role != HeadingRole::Repeated && found[k].section >= 0 &&
            static_cast<std::size_t>(found[k].section) < heading_of.size() && heading_of[found[k].section] == nullptr)
          heading_of[found[k].section] = &found[k];
    }
    if (found[i].role != HeadingRole::Repeated) continue;
    const SectionHeading* earlier = static_cast<std::size_t>(s) < heading_of.size() ? heading_of[s] : nullptr;
    if (earlier == nullptr) continue;
    Finding f = make_finding(self, found[i].span,
                             "第" + chinese_numeral(s) + "部分重复出现（第 " +
                                 std::to_string(ctx.text.line_of(earlier->span.begin)) + " 行已有）");
    f.related.push_back(earlier->span);
    out.push_back(std::move(f));
  }
}

}  // namespace

Rule rule_section_duplicate() { return Rule(RuleId::SectionDuplicate).on_report(run); }

}  // namespace gk::rules
