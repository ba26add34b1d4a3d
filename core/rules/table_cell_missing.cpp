// table.cell-missing: a cell left blank, "/" or "—" where the format wants a number (0 if none).
#include "rules/labels.h"
#include "rules/table_walk.h"

namespace gk::rules {

using bind::BoundTable, bind::BoundValue;
using text::ValueKind;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  for_each_value(ctx.report, [&](const BoundTable& t, std::size_t i, std::size_t c, const BoundValue& v) {
    if (v.value.kind != ValueKind::Empty && v.value.kind != ValueKind::Placeholder) return;
    std::string what = v.value.kind == ValueKind::Empty ? "空白" : "“" + shown(v.cell->text) + "”";
    out.push_back(cell_finding(self, v.cell->span,
                               "「" + row_title(*t.spec, i) + "」行「" + column_title(*t.spec, c) + "」列为" + what +
                                   "，应填写数字（没有则填 0）",
                               t, i, static_cast<int>(c)));
  });
}

}  // namespace

Rule rule_table_cell_missing() { return Rule(RuleId::TableCellMissing).on_report(run); }

}  // namespace gk::rules
