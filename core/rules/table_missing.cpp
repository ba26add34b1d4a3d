// table.missing: a table the format requires is not in the report at all.
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk {

namespace {

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  const Report& r = ctx.report;
  if (r.format == nullptr) return;  // no table of any format: nothing to compare with
  for (const BoundTable& t : r.tables) {
    if (t.found_rows > 0) continue;
    // Point at the section the table belongs in, when its heading is there.
    Span where{};
    for (const SectionHeading& h : r.sections)
      if (h.section == t.spec->section) where = h.span;
    out.push_back(make_finding(self, where,
                               "缺少第" + chinese_numeral(t.spec->section) + "部分的表格“" + t.spec->name + "”"));
  }
}

}  // namespace

Rule rule_table_missing() {
  return {"table.missing", Severity::Error, "缺少格式规定的表格", run};
}

}  // namespace gk
