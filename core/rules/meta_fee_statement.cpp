// meta.fee-statement: on a format that asks for it (fee_statement_due: the 2021 format,
// 国办公开办函〔2021〕30号), 六、其他需要报告的事项 must say what 信息处理费 was collected under
// 《政府信息公开信息处理费管理办法》, even when none was. Silent on older formats and when
// there is no section 六 (section.missing says so).
#include <string>

#include "rules/section_rules_common.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::rules {

using bind::Report, bind::SectionHeading, bind::Signature;
using read::Block, read::Paragraph;
using text::count_code_points, text::match_key, text::Span;

namespace {

constexpr int kOtherMatters = 6;
constexpr std::size_t kQuotedCodePoints = 20;  // a first line this short is quoted in the message

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// The paragraph holds the signed body or date.
bool is_signature(const Signature& sig, Span p) {
  return (sig.body && overlaps(*sig.body, p)) || (sig.date && overlaps(sig.date->span, p));
}

// Words any statement about the fee uses: "未收取信息公开处理费", "收取信息处理费0元", "不收费".
const char* const kFeeWords[] = {"处理费", "收费", "收取"};

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const Report& r = ctx.report;
  if (r.format == nullptr || !r.format->fee_statement_due) return;
  for (std::size_t i = 0; i < r.sections.size(); ++i) {
    const SectionHeading& h = r.sections[i];
    if (h.section != kOtherMatters) continue;
    // All of the section's words, joined, so a phrase broken over lines still matches.
    std::string words, first;
    std::size_t paragraphs = 0;  // not counting the signature
    SectionBody body = section_body(ctx, i);
    for (std::size_t b = body.begin; b < body.end; ++b) {
      const Block& block = ctx.doc.blocks[b];
      if (block.kind != Block::Kind::Paragraph) continue;
      const Paragraph& p = ctx.doc.paragraphs[block.index];
      if (is_signature(r.signature, p.span)) continue;
      words += match_key(p.text);
      if (++paragraphs == 1) first = p.text;
    }
    for (const char* w : kFeeWords)
      if (words.find(w) != std::string::npos) return;
    std::string actual = paragraphs == 0 ? "此部分没有文字"
                         : paragraphs == 1 && count_code_points(first) <= kQuotedCodePoints
                             ? "此部分只写了“" + first + "”"
                             : "此部分未提及信息处理费";
    out.push_back(make_finding(self, h.span,
                               "按" + r.format->title + "，第六部分“其他需要报告的事项”应说明本年度信息处理费的收取情况"
                               "（未收取也应写明），实际" + actual));
    return;
  }
}

}  // namespace

Rule rule_meta_fee_statement() { return Rule(RuleId::MetaFeeStatement).on_report(run); }

}  // namespace gk::rules
