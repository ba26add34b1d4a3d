// input.empty: nothing but blanks was given, so there is no report to check.
#include "read/line_scan.h"
#include "rules/rule.h"

namespace gk::rules {

using input::BinaryKind;
using read::trim_span;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  if (ctx.decoded.binary != BinaryKind::None) return;
  if (!trim_span(ctx.text, {0, ctx.text.str().size()}).empty()) return;
  out.push_back(make_finding(self, {}, "输入为空：没有可检查的报告文字。"));
}

}  // namespace

Rule rule_input_empty() { return Rule(RuleId::InputEmpty).on_report(run); }

}  // namespace gk::rules
