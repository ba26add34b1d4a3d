// Rows whose cells sit a place or two off the columns of their kind of row (items under
// （三）（四）（五） one place left, as PDF conversion leaves them). Binding still aligns their
// values to the format; table.shifted says so, and the sums read through them are to review.
#pragma once
#include <cstddef>
#include <vector>

#include "bind/format_catalogue.h"
#include "bind/report.h"
#include "read/document.h"

namespace gk::rules {

struct ShiftedRow {
  std::size_t table;  // index in Report::tables
  std::size_t row;    // index in the table's spec rows
  std::size_t usual;  // where the label of rows of its kind usually is (cell index)
};

// In table order, then row order.
std::vector<ShiftedRow> find_shifted_rows(const read::Document& doc, const bind::Report& report,
                                          const bind::FormatCatalogue& formats);

}  // namespace gk::rules
