// The table rows an extractor (HTML, .docx) wrote into its text, with the place of each
// cell: it knows them as rows of cells, so the reader takes them as they are instead of
// guessing the layout of the text again.
#pragma once
#include <cstddef>
#include <vector>

#include "text/source_text.h"

namespace gk::read {

struct ExtractedTables {
  struct Row {
    text::Span line;  // the row's line, without its line break
    std::size_t first_cell = 0;  // into `cells`
    std::size_t cell_count = 0;
  };
  std::vector<Row> rows;    // in text order
  std::vector<text::Span> cells;  // each row's cells in order, blanks around their text included
  // [cell]: the slot continues the cell to its left (a colspan), so it holds nothing of its own.
  std::vector<bool> continues;
};

}  // namespace gk::read
