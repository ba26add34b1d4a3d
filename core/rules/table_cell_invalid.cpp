// table.cell-invalid: a value the cell cannot hold: a negative or fractional count, text in a
// number cell, an absurd magnitude.
#include "rules/labels.h"
#include "rules/table_walk.h"

namespace gk::rules {

using bind::BoundTable, bind::BoundValue;
using format::CellKind;
using text::Quantity, text::ValueKind;

namespace {

// Beyond this a count is not a count any body handles in a year.
constexpr std::int64_t kMaxPlausibleCount = 100000000;  // 10^8

std::string problem(const BoundValue& v, CellKind kind) {
  switch (v.value.kind) {
    case ValueKind::Text: return "不是数字";
    case ValueKind::TooLarge: return "数值过大，不可能是实际数量";
    case ValueKind::Number: break;
    case ValueKind::Empty:
    case ValueKind::Placeholder: return "";
  }
  Quantity q = v.value.quantity;
  if (kind != CellKind::Change && q.scaled < 0) return "为负数，此列只能填非负数";
  if (kind != CellKind::Amount && !q.integral()) return "有小数，件数只能是整数";
  if (kind == CellKind::Count && q.scaled / Quantity::kScale > kMaxPlausibleCount) return "数值过大，不可能是实际数量";
  return "";
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  for_each_readable_value(ctx, [&](const BoundTable& t, std::size_t i, std::size_t c, const BoundValue& v) {
    std::string p = problem(v, t.spec->columns[c].kind);
    if (p.empty()) return;
    out.push_back(cell_finding(self, v.cell->span,
                               "「" + row_title(*t.spec, i) + "」行「" + column_title(*t.spec, c) + "」列的“" +
                                   shown(v.cell->text) + "”" + p,
                               t, i, static_cast<int>(c)));
  });
}

}  // namespace

Rule rule_table_cell_invalid() { return Rule(RuleId::TableCellInvalid).on_report(run); }

}  // namespace gk::rules
