// Which lines of a PDF are a table's rows: lines of several cells one under another, with
// the lines between them that hold one cell only (a label wrapped onto its next line, a
// group label set upright), continued onto the next page. A line of several cells alone is
// no table (a gap inside running text).
#pragma once
#include <cstddef>
#include <vector>

#include "extract/pdf_lines.h"

namespace gk::extract {

struct PdfTable {
  std::vector<std::size_t> lines;  // into the lines, in order
};

// The tables among the lines, in order; `furniture` lines are passed over.
std::vector<PdfTable> find_tables(const std::vector<PdfLine>& lines, const std::vector<bool>& furniture);

}  // namespace gk::extract
