#include "rules/shifted_rows.h"

#include <map>

namespace gk::rules {

using bind::BoundRow, bind::BoundTable, bind::FormatIndex;
using read::Layout;
using text::EnumLevel;

std::vector<ShiftedRow> find_shifted_rows(const read::Document& doc, const bind::Report& report,
                                          const bind::FormatCatalogue& formats) {
  std::vector<ShiftedRow> out;
  // Only layouts whose cells keep their grid places; PDF text has no grid.
  if (doc.layout != Layout::TabSeparated && doc.layout != Layout::CellPerLine && doc.layout != Layout::PipeTable)
    return out;
  if (report.format == nullptr) return out;
  const FormatIndex& format = formats.index(*report.format);
  for (std::size_t k = 0; k < report.tables.size(); ++k) {
    const BoundTable& t = report.tables[k];
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
      out.push_back({k, i, usual});
    }
  }
  return out;
}

}  // namespace gk::rules
