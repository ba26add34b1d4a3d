// section.duplicate: the same section heading appears twice.
#include "rules/labels.h"
#include "rules/section_rules_common.h"

namespace gk {

namespace {

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  const auto& found = ctx.report.sections;
  for (std::size_t i = 0; i < found.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (found[j].section != found[i].section) continue;
      Finding f = make_finding(self, found[i].span,
                               "第" + chinese_numeral(found[i].section) + "部分重复出现（第 " +
                                   std::to_string(ctx.text.position(found[j].span.begin).line) + " 行已有）");
      f.related.push_back(found[j].span);
      out.push_back(std::move(f));
      break;
    }
  }
}

}  // namespace

Rule rule_section_duplicate() {
  return {"section.duplicate", Severity::Error, "同一部分出现两次", run};
}

}  // namespace gk
