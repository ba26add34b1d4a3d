// input.unreadable: the bytes are a PDF, a Word 97 file, an image, an archive that is not a
// .docx, or an encrypted or damaged document.
#include "input/refusal.h"
#include "rules/rule.h"

namespace gk::rules {

using input::BinaryKind, input::refusal_message;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  if (ctx.decoded.binary == BinaryKind::None) return;
  out.push_back(make_finding(self, {}, refusal_message(ctx.decoded)));
}

}  // namespace

Rule rule_input_unreadable() { return Rule(RuleId::InputUnreadable).on_report(run); }

}  // namespace gk::rules
