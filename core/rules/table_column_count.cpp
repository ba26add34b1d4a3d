// table.column-count: a row with more or fewer values than the format's columns, as rows
// shifted by PDF conversion; its values cannot be placed, so its sums are not checked.
#include "rules/labels.h"
#include "rules/table_walk.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable;
using text::Quantity;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  for_each_row(ctx.report, [&](const BoundTable& t, std::size_t i, const BoundRow& b) {
    if (b.source == nullptr || !b.values.empty()) return;
    std::size_t columns = t.spec->columns.size();
    Finding f = cell_finding(self, b.source->span,
                             "「" + row_title(*t.spec, i) + "」行有 " + std::to_string(b.value_cells) + " 个数值，格式规定 " +
                                 std::to_string(columns) + " 列；无法确定各数值所属的列，此行未做加总核对",
                             t, i);
    f.expected = Quantity::of(static_cast<std::int64_t>(columns));
    f.actual = Quantity::of(static_cast<std::int64_t>(b.value_cells));
    out.push_back(std::move(f));
  });
}

}  // namespace

Rule rule_table_column_count() { return Rule(RuleId::TableColumnCount).on_report(run); }

}  // namespace gk::rules
