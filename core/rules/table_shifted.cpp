// table.shifted: a row whose cells sit a place or two off the columns of its kind of row
// (rules/shifted_rows.h). The values are still aligned to the format and checked (the sums
// read through it are to review); the published table looks wrong.
#include "rules/labels.h"
#include "rules/rule.h"
#include "rules/table_readable.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  for (const ShiftedRow& s : ctx.evaluation.shifted) {
    const BoundTable& t = ctx.report.tables[s.table];
    if (table_unreadable(ctx.formats, ctx.report, t)) continue;  // table.unreadable
    const BoundRow& b = t.rows[s.row];
    out.push_back(make_finding(self, *b.label,
                               "「" + row_title(*t.spec, s.row) + "」行的单元格错位：行标签在第 " +
                                   std::to_string(b.label_cell + 1) + " 格，同类各行在第 " + std::to_string(s.usual + 1) +
                                   " 格（常见于从 PDF 转换）；已按格式的列对齐后核对"));
    out.back().cell = CellRef{t.spec->id, t.spec->rows[s.row].id, ""};
  }
}

}  // namespace

Rule rule_table_shifted() { return Rule(RuleId::TableShifted).on_report(run); }

}  // namespace gk::rules
