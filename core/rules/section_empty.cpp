// section.empty: a section with no content, or (一 to 五) one that only says 无.
#include "rules/labels.h"
#include "rules/section_rules_common.h"
#include "text/normalize.h"

namespace gk::rules {

using bind::SectionHeading;
using read::Block;
using text::match_key;

namespace {

// Sections that may truthfully say only 无 (其他需要报告的事项).
constexpr int kMayBeNone = 6;

bool says_only_none(const std::string& key) {
  static const char* const kNone[] = {"无", "无。", "无.", "暂无", "暂无。", "没有", "没有。"};
  for (const char* n : kNone)
    if (key == n) return true;
  return false;
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const auto& found = ctx.report.sections;
  for (std::size_t i = 0; i < found.size(); ++i) {
    SectionBody body = section_body(ctx, i);
    std::size_t paragraphs = 0, tables = 0;
    bool only_none = true;
    for (std::size_t b = body.begin; b < body.end; ++b) {
      const Block& block = ctx.doc.blocks[b];
      if (block.kind == Block::Kind::Table) {
        ++tables;
        only_none = false;
        continue;
      }
      ++paragraphs;
      only_none = only_none && says_only_none(match_key(ctx.doc.paragraphs[block.index].text));
    }
    const SectionHeading& h = found[i];
    if (paragraphs + tables == 0) {
      out.push_back(make_finding(self, h.span, "第" + chinese_numeral(h.section) + "部分没有内容"));
    } else if (only_none && h.section != kMayBeNone) {
      out.push_back(make_finding(self, h.span,
                                 "第" + chinese_numeral(h.section) + "部分只写了“无”，应如实说明" +
                                     (h.section == 5 ? "存在的主要问题及改进情况" : "有关情况")));
    }
  }
}

}  // namespace

Rule rule_section_empty() { return Rule(RuleId::SectionEmpty).on_report(run); }

}  // namespace gk::rules
