// table.shifted: a row whose cells sit a place or two off the columns of its kind of row
// (items under （三）（四）（五） one place left, as PDF conversion leaves them). The values
// are still aligned to the format and checked; the published table looks wrong.
#include <map>

#include "bind/format_catalogue.h"
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable, bind::FormatIndex;
using read::Layout;
using text::EnumLevel;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  // Only layouts whose cells keep their grid places; PDF text has no grid.
  if (ctx.doc.layout != Layout::TabSeparated && ctx.doc.layout != Layout::CellPerLine &&
      ctx.doc.layout != Layout::PipeTable)
    return;
  if (ctx.report.format == nullptr) return;
  const FormatIndex& format = ctx.formats.index(*ctx.report.format);
  for (std::size_t k = 0; k < ctx.report.tables.size(); ++k) {
    const BoundTable& t = ctx.report.tables[k];
    // The kind of each row of the format (一、 / （一） / 1.); the tables are the format's, in order.
    const std::vector<EnumLevel>& level = format.tables[k].row_levels;
    // The usual place of the label, per kind of row, over the rows bound.
    std::map<EnumLevel, std::map<std::size_t, int>> places;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const BoundRow& b = t.rows[i];
      if (!b.label || b.values.empty()) continue;
      ++places[level[i]][b.label_cell];
    }
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const BoundRow& b = t.rows[i];
      if (!b.label || b.values.empty()) continue;
      const auto& counts = places[level[i]];
      std::size_t usual = b.label_cell;
      int most = 0;
      for (const auto& [place, n] : counts)
        if (n > most) { most = n; usual = place; }
      if (usual == b.label_cell || counts.at(b.label_cell) * 2 >= most) continue;  // no clear usual place
      out.push_back(make_finding(self, *b.label,
                                 "「" + row_title(*t.spec, i) + "」行的单元格错位：行标签在第 " +
                                     std::to_string(b.label_cell + 1) + " 格，同类各行在第 " + std::to_string(usual + 1) +
                                     " 格（常见于从 PDF 转换）；已按格式的列对齐后核对"));
      out.back().cell = CellRef{t.spec->id, t.spec->rows[i].id, ""};
    }
  }
}

}  // namespace

Rule rule_table_shifted() { return Rule(RuleId::TableShifted).on_report(run); }

}  // namespace gk::rules
