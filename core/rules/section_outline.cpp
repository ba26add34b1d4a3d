// section.outline: the headings' numbering as a whole does not follow 一 to 六 (bind/outline.h):
// a section's sub-topics numbered as the sections after it, or headings numbered off. One
// finding that shows the numbering found against the one expected and names the headings,
// where heading by heading there would be a cascade of wrong numerals, repeats and moves.
#include <algorithm>

#include "bind/format_catalogue.h"
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk::rules {

using bind::HeadingRole, bind::Outline, bind::SectionHeading;
using format::Format, format::SectionSpec;
using text::Span;

namespace {

constexpr std::size_t kNamed = 3;          // misnumbered headings and runs named one by one, then counted
constexpr std::size_t kShownNumerals = 24;  // the numbering found, shown up to this many
constexpr std::size_t kRelated = 50;        // the other lines out of step, pointed at up to this many

// A heading's numeral as the sequence shows it: "三" for "三、", "3" for "3、", "（三）".
std::string numeral_shown(const CheckContext& ctx, const SectionHeading& h) {
  std::string n(ctx.text.view(h.numeral));
  for (const char* tail : {"、", ".", "．", "，", ","})
    if (n.size() > std::string(tail).size() && n.compare(n.size() - std::string(tail).size(), std::string::npos, tail) == 0) {
      n.resize(n.size() - std::string(tail).size());
      break;
    }
  return n.empty() ? "（无序号）" : n;
}

std::string quoted(const CheckContext& ctx, const SectionHeading& h) {
  return "“" + std::string(ctx.text.view({h.numeral.begin, h.title.end})) + "”";
}

// "“二、主动公开”至“六、监督保障”是第一部分下的小标题，却按部分编号（宜用“（一）”式序号）"
// for each run of sub-topics under one section (both lists are in text order), the first
// few named, the others counted.
std::string subtopics_said(const CheckContext& ctx, const std::vector<SectionHeading>& sections,
                           const std::vector<SectionHeading>& subtopics) {
  std::string out;
  std::size_t runs = 0;
  std::size_t k = 0;  // the first heading after the current run's start
  for (std::size_t i = 0; i < subtopics.size();) {
    while (k < sections.size() && sections[k].span.begin < subtopics[i].span.begin) ++k;
    const int under = k > 0 ? sections[k - 1].section : 0;  // the section they stand under
    std::size_t j = i + 1;
    while (j < subtopics.size() && (k == sections.size() || subtopics[j].span.begin < sections[k].span.begin)) ++j;
    if (++runs <= kNamed) {
      if (!out.empty()) out += "；";
      out += quoted(ctx, subtopics[i]);
      if (j - i > 1) out += "至" + quoted(ctx, subtopics[j - 1]);
      out += (under > 0 ? "是第" + chinese_numeral(under) + "部分下的小标题" : std::string("是小标题")) +
             "，却按部分编号（宜用“（一）”式序号）";
    }
    i = j;
  }
  if (runs > kNamed) out += "，共 " + std::to_string(runs) + " 处";
  return out;
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const Outline& outline = ctx.report.outline;
  if (!outline.misnumbered()) return;
  const Format& f = ctx.report.format != nullptr ? *ctx.report.format : ctx.formats.newest();
  // The headings and sub-topics in text order, and the ones misnumbered.
  std::vector<SectionHeading> lines = outline.subtopics;
  std::vector<SectionHeading> wrong;
  for (const SectionHeading& h : ctx.report.sections) {
    if (h.role == HeadingRole::Repeated) continue;
    lines.push_back(h);
    if (h.role == HeadingRole::Section && h.written > 0 && h.written != h.section) wrong.push_back(h);
  }
  std::sort(lines.begin(), lines.end(),
            [](const SectionHeading& a, const SectionHeading& b) { return a.span.begin < b.span.begin; });
  std::string found, expected;
  for (std::size_t i = 0; i < lines.size() && i < kShownNumerals; ++i)
    found += (found.empty() ? "" : "、") + numeral_shown(ctx, lines[i]);
  if (lines.size() > kShownNumerals) found += "……（共 " + std::to_string(lines.size()) + " 个）";
  for (const SectionSpec& s : f.sections) expected += (expected.empty() ? "" : "、") + chinese_numeral(s.number);

  std::string why = subtopics_said(ctx, ctx.report.sections, outline.subtopics);
  if (!wrong.empty()) {
    if (!why.empty()) why += "；";
    for (std::size_t i = 0; i < wrong.size() && i < kNamed; ++i)
      why += (i > 0 ? "，" : "") + quoted(ctx, wrong[i]) + "应为“" + chinese_numeral(wrong[i].section) + "、”";
    if (wrong.size() > kNamed) why += "等 " + std::to_string(wrong.size()) + " 个标题的序号与所在部分不符";
  }
  // At the first line out of step; the others related.
  std::vector<Span> at;
  for (const SectionHeading& h : outline.subtopics) at.push_back(h.numeral);
  for (const SectionHeading& h : wrong) at.push_back(h.numeral);
  std::sort(at.begin(), at.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  if (at.empty()) return;
  Finding finding = make_finding(self, at.front(), "标题序号依次为“" + found + "”，应为“" + expected + "”：" + why);
  finding.related.assign(at.begin() + 1, at.begin() + static_cast<std::ptrdiff_t>(std::min(at.size(), kRelated)));
  out.push_back(std::move(finding));
}

}  // namespace

Rule rule_section_outline() { return Rule(RuleId::SectionOutline).on_report(run); }

}  // namespace gk::rules
