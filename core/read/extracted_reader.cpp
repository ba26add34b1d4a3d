// The text of an HTML page or .docx with the rows its extractor wrote: those lines are the
// rows, with the cells where the extractor put them; every other line that is not blank is
// a paragraph, which ends the table before it (rows with only blank lines between them are
// one table, as in the tab-separated text the extractor writes).
#include "read/document_builder.h"
#include "read/reader.h"

namespace gk::read {

using text::SourceText, text::Span;

Document read_extracted(const SourceText& text, const ExtractedTables& tables) {
  DocumentBuilder builder(text, Layout::TabSeparated);
  std::size_t next = 0;
  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    const Span line = text.line_span(n);
    if (next < tables.rows.size() && tables.rows[next].line.begin == line.begin) {
      const ExtractedTables::Row& r = tables.rows[next++];
      Row row;
      row.cells.reserve(r.cell_count);
      for (std::size_t c = r.first_cell; c < r.first_cell + r.cell_count; ++c)
        row.cells.push_back(make_cell(text, tables.cells[c]));
      row.span = trim_span(text, line);
      builder.table().rows.push_back(std::move(row));
      continue;
    }
    if (!is_blank_line(text, line)) builder.paragraph(line);
  }
  return join_wrapped_rows(builder.finish(), text);
}

}  // namespace gk::read
