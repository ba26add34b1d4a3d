// section.content: a section's text leaves out a topic its format names for it (SectionSpec::
// topics): on the 2021 format (国办公开办函〔2021〕30号), 一、总体情况 covers 主动公开, 依申请公开,
// 政府信息管理, 平台建设 and 监督保障. A topic counts as covered when one of its words is in
// the section's text; one finding names the topics left out. Silent where the format names
// no topics, and where the section is absent or empty (section.missing, section.empty).
#include <string>

#include "bind/format_catalogue.h"
#include "rules/labels.h"
#include "rules/section_rules_common.h"
#include "text/normalize.h"

namespace gk::rules {

using bind::HeadingRole, bind::SectionHeading;
using format::Format, format::SectionSpec, format::TopicSpec;
using read::Block;
using text::match_key;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  // The format the tables follow; without tables, the one in force for the report's year.
  const Format* f = ctx.report.format;
  if (f == nullptr && ctx.report.year) f = ctx.formats.in_force(*ctx.report.year);
  if (f == nullptr) return;
  const auto& found = ctx.report.sections;
  for (const SectionSpec& spec : f->sections) {
    if (spec.topics.empty()) continue;
    for (std::size_t i = 0; i < found.size(); ++i) {
      if (found[i].section != spec.number || found[i].role == HeadingRole::Repeated) continue;
      // All of the section's words, joined, so a word broken over lines still counts.
      std::string words;
      SectionBody body = section_body(ctx, i);
      for (std::size_t b = body.begin; b < body.end; ++b)
        if (ctx.doc.blocks[b].kind == Block::Kind::Paragraph) words += match_key(ctx.doc.paragraphs[ctx.doc.blocks[b].index].text);
      if (words.empty()) break;
      std::string missing, all;
      for (const TopicSpec& topic : spec.topics) {
        all += (all.empty() ? "" : "、") + topic.name;
        bool covered = false;
        for (const std::string& w : topic.words) covered = covered || words.find(match_key(w)) != std::string::npos;
        if (!covered) missing += (missing.empty() ? "" : "、") + topic.name;
      }
      if (!missing.empty())
        out.push_back(make_finding(self, found[i].span,
                                   "第" + chinese_numeral(spec.number) + "部分“" + spec.title + "”未写到" + missing +
                                       "：按" + f->title + "，应涵盖" + all + "等方面的情况"));
      break;  // the section's first heading; another copy of the report is not checked again
    }
  }
}

}  // namespace

Rule rule_section_content() { return Rule(RuleId::SectionContent).on_report(run); }

}  // namespace gk::rules
