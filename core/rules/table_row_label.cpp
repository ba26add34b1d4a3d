// table.row-label: a row found by its number and likeness whose label is not the official one
// (renamed, shortened, truncated: "2.其他法律行政止公开").
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk {

namespace {

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  if (ctx.report.format == nullptr) return;
  for (const BoundTable& t : ctx.report.tables) {
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const BoundRow& b = t.rows[i];
      if (b.source == nullptr || !b.label || b.exact_label) continue;
      out.push_back(make_finding(self, *b.label,
                                 "行标签应为“" + t.spec->rows[i].label + "”，实为“" + shown(b.label_text) + "”"));
      out.back().cell = CellRef{t.spec->id, t.spec->rows[i].id, ""};
    }
  }
}

}  // namespace

Rule rule_table_row_label() {
  return {"table.row-label", Severity::Warning, "表格行标签与格式不同（改写、缩短、漏字）", run};
}

}  // namespace gk
