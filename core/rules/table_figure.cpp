#include "rules/table_figure.h"

namespace gk::rules {

using bind::BoundTable, bind::BoundValue;
using text::ValueKind;

namespace {

bool add_cells(const BoundTable& t, int row, int column, TableFigure& f) {
  const bind::BoundRow& b = t.rows[row];
  if (!b.values.empty()) {
    const BoundValue& v = b.values[column];
    if (v.cell == nullptr || v.value.kind != ValueKind::Number) return false;
    f.value = f.value + v.value.quantity;
    f.cells.push_back(v.cell);
    return true;
  }
  const format::RowSpec& spec = t.spec->rows[row];
  if (spec.children.empty() || b.source != nullptr) return false;
  for (int child : spec.children)
    if (!add_cells(t, child, column, f)) return false;
  return true;
}

}  // namespace

TableFigure table_figure(const bind::Report& report, const format::FigureSpec& spec) {
  TableFigure f;
  if (spec.table.empty()) return f;  // the format names no such figure
  const BoundTable* t = report.table(spec.table);
  if (t == nullptr || t->spec == nullptr) return f;
  for (const std::string& row : spec.rows) {
    int r = t->spec->row_index(row);
    if (r < 0) return TableFigure();
    for (const std::string& column : spec.columns) {
      int c = t->spec->column_index(column);
      if (c < 0 || !add_cells(*t, r, c, f)) return TableFigure();
    }
  }
  f.name = &spec.name;
  f.known = true;
  return f;
}

}  // namespace gk::rules
