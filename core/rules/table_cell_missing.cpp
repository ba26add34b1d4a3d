// table.cell-missing: a cell left blank, "/" or "—" where the format wants a number (0 if none).
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk {

namespace {

void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  if (ctx.report.format == nullptr) return;
  for (const BoundTable& t : ctx.report.tables) {
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const BoundRow& b = t.rows[i];
      for (std::size_t c = 0; c < b.values.size(); ++c) {
        const BoundValue& v = b.values[c];
        if (v.value.kind != ValueKind::Empty && v.value.kind != ValueKind::Placeholder) continue;
        std::string what = v.value.kind == ValueKind::Empty ? "空白" : "“" + shown(v.cell->text) + "”";
        out.push_back(make_finding(self, v.cell->span,
                                   "「" + row_title(*t.spec, i) + "」行「" + column_title(*t.spec, c) + "」列为" + what +
                                       "，应填写数字（没有则填 0）"));
        out.back().cell = CellRef{t.spec->id, t.spec->rows[i].id, t.spec->columns[c].id};
      }
    }
  }
}

}  // namespace

Rule rule_table_cell_missing() {
  return {"table.cell-missing", Severity::Warning, "应填数字的单元格为空白、“/”或“—”", run};
}

}  // namespace gk
