// decode.invalid-bytes: some bytes could not be read in the detected encoding; each was
// replaced by U+FFFD so the rest of the report is still checked.
#include <string>

#include "rules/rule.h"

namespace gk::rules {

namespace {

constexpr std::size_t kMaxRelated = 50;

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const auto& at = ctx.decoded.replacements;
  if (at.empty()) return;
  Finding f;
  f.rule = self.id;
  f.severity = self.severity;
  f.span = {at.front(), at.front() + 3};  // U+FFFD is three bytes of UTF-8
  f.message = "有 " + std::to_string(at.size()) + " 处字节无法按 " + ctx.decoded.encoding +
              " 编码读取，已显示为 �；请确认文件编码，或从原文重新复制。";
  for (std::size_t i = 1; i < at.size() && i <= kMaxRelated; ++i) f.related.push_back({at[i], at[i] + 3});
  out.push_back(std::move(f));
}

}  // namespace

Rule rule_decode_invalid_bytes() { return Rule(RuleId::DecodeInvalidBytes).on_report(run); }

}  // namespace gk::rules
