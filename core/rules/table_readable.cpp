#include "rules/table_readable.h"

namespace gk::rules {

using bind::BoundTable, bind::FormatCatalogue, bind::Report;
using format::RowSpec;

namespace {

// "Most rows" means something only for a table of several rows: a table of one or two
// rows with a bad row keeps its row-level finding, which says more.
constexpr std::size_t kMinRows = 4;

}  // namespace

bool row_accounted_for(const FormatCatalogue& formats, const Report& r, const BoundTable& t, int i) {
  const RowSpec& spec = t.spec->rows[i];
  if (t.rows[i].source != nullptr) return true;
  if (!spec.children.empty()) return true;  // judged through its items
  if (spec.parent >= 0 && t.rows[spec.parent].source != nullptr &&
      formats.older_with_single_row(*r.format, t.spec->id, t.spec->rows[spec.parent].id) != nullptr)
    return true;
  return false;
}

TableReading table_reading(const FormatCatalogue& formats, const Report& r, const BoundTable& t) {
  TableReading reading;
  if (r.format == nullptr || t.found_rows == 0) return reading;  // table.missing
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    if (!t.spec->rows[i].children.empty()) continue;
    ++reading.rows;
    if (!row_accounted_for(formats, r, t, static_cast<int>(i))) ++reading.missing;
    else if (t.rows[i].source != nullptr && t.rows[i].values.empty()) ++reading.misaligned;
  }
  reading.unreadable = reading.rows >= kMinRows && 2 * (reading.missing + reading.misaligned) > reading.rows;
  return reading;
}

}  // namespace gk::rules
