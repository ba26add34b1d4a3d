// table.column-count: a row with more or fewer values than the format's columns, as rows
// shifted by PDF conversion; its values cannot be placed, so its sums are not checked.
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk {

namespace {

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  if (ctx.report.format == nullptr) return;
  for (const BoundTable& t : ctx.report.tables) {
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const BoundRow& b = t.rows[i];
      if (b.source == nullptr || !b.values.empty()) continue;
      std::size_t columns = t.spec->columns.size();
      Finding f = make_finding(self, b.source->span,
                               "「" + row_title(*t.spec, i) + "」行有 " + std::to_string(b.value_cells) +
                                   " 个数值，格式规定 " + std::to_string(columns) + " 列；无法确定各数值所属的列，此行未做加总核对");
      f.expected = Quantity::of(static_cast<std::int64_t>(columns));
      f.actual = Quantity::of(static_cast<std::int64_t>(b.value_cells));
      f.cell = CellRef{t.spec->id, t.spec->rows[i].id, ""};
      out.push_back(std::move(f));
    }
  }
}

}  // namespace

Rule rule_table_column_count() {
  return {"table.column-count", Severity::Error, "某行的数值个数与格式规定的列数不同（常见于 PDF 转换错位）", run};
}

}  // namespace gk
