// meta.signature: the report names no issuing body (neither in its title nor signed at the
// end), or is not dated (neither at the end nor by a 发布日期/成文日期 line at the top). One
// finding per report, naming what is missing, at the place the missing words belong.
#include <string>

#include "read/line_scan.h"
#include "rules/section_rules_common.h"
#include "text/utf8.h"

namespace gk::rules {

using bind::Date, bind::Signature;
using read::trim_span;
using text::is_blank, text::next_code_point, text::SourceText, text::Span;

namespace {

std::string date_text(const Date& d) {
  return std::to_string(d.year) + "年" + std::to_string(d.month) + "月" + std::to_string(d.day) + "日";
}

// A page number a PDF text extraction leaves on its own line: "-6-", "- 5 -", "—3—", "6".
bool is_page_number(std::string_view line) {
  bool digit = false;
  for (std::size_t i = 0; i < line.size();) {
    char32_t c = next_code_point(line, i);
    if (c >= '0' && c <= '9') digit = true;
    else if (!(is_blank(c) || c == '-' || c == U'—' || c == U'－' || c == U'–')) return false;
  }
  return digit;
}

// Just after the last non-blank character that is not a page number: where a signature
// would be added.
Span end_of_content(const SourceText& text) {
  Span all = trim_span(text, {0, text.str().size()});
  while (!all.empty()) {
    std::size_t line_start = text.str().rfind('\n', all.end - 1);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    if (line_start <= all.begin || !is_page_number(text.view({line_start, all.end}))) break;
    all = trim_span(text, {all.begin, line_start});
  }
  return {all.end, all.end};
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  if (!looks_like_report(ctx)) return;
  const Signature& sig = ctx.report.signature;
  const bool has_body = sig.title_body.has_value() || sig.body.has_value();
  const auto& date = sig.issued();  // signed at the end, or a 发布日期 line at the top
  const bool has_date = date.has_value();
  if (has_body && has_date) return;

  if (!has_body && !has_date) {
    out.push_back(make_finding(self, end_of_content(ctx.text),
                               "报告末尾应有落款（发布机关名称和成文日期），实际两者都没有；标题中也未写明发布机关"));
    return;
  }
  if (!has_body) {
    // Dated, but by nobody: the body belongs just before the date.
    out.push_back(make_finding(self, {date->span.begin, date->span.begin},
                               "落款应写明发布机关名称，实际只有成文日期“" + date_text(*date) +
                                   "”，标题中也未写明发布机关"));
    return;
  }
  // A body, but no date: the date belongs after the signed body, or at the end.
  Span where = sig.body ? Span{sig.body->end, sig.body->end} : end_of_content(ctx.text);
  std::string body = std::string(ctx.text.view(sig.body ? *sig.body : *sig.title_body));
  std::string example =
      ctx.report.year ? "（如“" + std::to_string(*ctx.report.year + 1) + "年1月20日”）" : std::string();
  out.push_back(make_finding(self, where, "报告末尾应有成文日期" + example + "，实际没有；发布机关为“" + body + "”"));
}

}  // namespace

Rule rule_meta_signature() { return Rule(RuleId::MetaSignature).on_report(run); }

}  // namespace gk::rules
