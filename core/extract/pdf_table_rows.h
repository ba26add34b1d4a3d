// A PDF table's rows rebuilt by geometry. The lines above the first line of values are the
// header, a row each. Below, each line of values is a row: its values, one cell per value
// column (a column is where values of its rows overlap across, or a header cell that holds
// none: a column left blank in every row), and one cell per label column holding the label
// text beside it: the pieces of a label wrapped over several lines (or set upright, a glyph a
// line, or carried onto the next page) joined by geometry, a label that starts with its
// enumerator ("（二）", "2.") always starting a cell of its own. A label set beside several rows
// (a group's) lands in the row it sits on, or the nearest.
#pragma once
#include <vector>

#include "extract/pdf_lines.h"
#include "extract/pdf_runs.h"
#include "extract/pdf_tables.h"

namespace gk::extract {

struct PdfCell {
  std::vector<const PdfPiece*> pieces;  // top to bottom; none: an empty cell
  bool continues = false;  // the slot is covered by the label to its left (a colspan)
};

struct PdfRow {
  std::vector<PdfCell> cells;
};

std::vector<PdfRow> table_rows(const PdfTable& table, const std::vector<PdfLine>& lines, const PdfRuns& runs);

}  // namespace gk::extract
