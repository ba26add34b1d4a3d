#include "rules/section_rules_common.h"

namespace gk::rules {

SectionBody section_body(const CheckContext& ctx, std::size_t heading) {
  const auto& h = ctx.report.sections;
  SectionBody b;
  b.begin = h[heading].block + 1;
  b.end = heading + 1 < h.size() ? h[heading + 1].block : ctx.doc.blocks.size();
  return b;
}

bool looks_like_report(const CheckContext& ctx) {
  return !ctx.report.sections.empty() || ctx.report.format != nullptr;
}

}  // namespace gk::rules
