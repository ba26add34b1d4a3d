// table.column-count: a row with more or fewer values than the format's columns, as rows
// shifted by PDF conversion. One value more or fewer: the row is checked under every way of
// placing its values (rules/row_placements.h) and the message says what that showed; a number
// split in two is table.split-cell's.
#include "rules/labels.h"
#include "rules/table_walk.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable;
using text::Quantity;

namespace {

const RowAlignment* alignment_of(const CheckContext& ctx, const BoundTable& t, std::size_t row) {
  for (const RowAlignment& a : ctx.evaluation.alignments)
    if (a.table == &t && a.row == static_cast<int>(row)) return &a;
  return nullptr;
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  for_each_readable_row(ctx, [&](const BoundTable& t, std::size_t i, const BoundRow& b) {
    if (b.source == nullptr || !b.values.empty()) return;
    const RowAlignment* a = alignment_of(ctx, t, i);
    if (a != nullptr && a->outcome == RowAlignment::Outcome::Split) return;
    std::size_t columns = t.spec->columns.size();
    std::string message = "「" + row_title(*t.spec, i) + "」行有 " + std::to_string(b.value_cells) + " 个数值，格式规定 " +
                          std::to_string(columns) + " 列；";
    if (a == nullptr)
      message += "无法确定各数值所属的列，此行未做加总核对";
    else if (a->outcome == RowAlignment::Outcome::AnyHolds)
      message += "无法确定各数值所属的列，但无论按哪种对齐，本表加总关系均成立";
    else if (a->outcome == RowAlignment::Outcome::Holds && a->holding > 1)
      message += "按" + a->how + "对齐时本表加总关系均成立（另有 " + std::to_string(a->holding - 1) +
                 " 种对齐也成立），已按此核对";
    else if (a->outcome == RowAlignment::Outcome::Holds)
      message += "按" + a->how + "对齐时本表加总关系均成立，已按此核对";
    else
      message += "无论按哪种对齐，本表都有加总关系不成立，已按不成立最少的对齐（" + a->how + "）核对";
    Finding f = cell_finding(self, b.source->span, std::move(message), t, i);
    f.expected = Quantity::of(static_cast<std::int64_t>(columns));
    f.actual = Quantity::of(static_cast<std::int64_t>(b.value_cells));
    out.push_back(std::move(f));
  });
}

}  // namespace

Rule rule_table_column_count() { return Rule(RuleId::TableColumnCount).on_report(run); }

}  // namespace gk::rules
