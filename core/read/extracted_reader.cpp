// The text of an HTML page or .docx with the rows its extractor wrote: those lines are the
// rows, with the cells where the extractor put them; every other line that is not blank is
// a paragraph, which ends the table before it (rows with only blank lines between them are
// one table, as in the tab-separated text the extractor writes).
#include <algorithm>

#include "read/document_builder.h"
#include "read/reader.h"
#include "text/cell_value.h"

namespace gk::read {

using text::parse_cell_value, text::SourceText, text::Span, text::ValueKind;

namespace {

bool holds_value(const Cell& c) {
  const ValueKind k = parse_cell_value(c.text).kind;
  return k == ValueKind::Number || k == ValueKind::Placeholder || k == ValueKind::TooLarge;
}

// A header row: two or more cells of text, no value.
bool is_header(const Row& row) {
  std::size_t texts = 0;
  for (const Cell& c : row.cells) {
    if (c.text.empty()) continue;
    if (holds_value(c)) return false;
    ++texts;
  }
  return texts >= 2;
}

// Values stand under the header's columns: where a header cell spans several slots, the
// row's blanks in them are what the span left (a value written in one of them, &nbsp; in
// the others), not values of their own. A row's own colspans are marked as it is read.
void mark_fillers(Table& table) {
  const Row* header = nullptr;
  for (Row& row : table.rows) {
    if (is_header(row)) {
      header = &row;
      continue;
    }
    if (header == nullptr) continue;
    bool values = false;
    for (const Cell& c : row.cells) values = values || holds_value(c);
    if (!values) continue;
    const std::size_t width = std::min(header->cells.size(), row.cells.size());
    for (std::size_t a = 0; a < width;) {
      std::size_t b = a + 1;
      while (b < width && header->cells[b].filler) ++b;
      std::size_t filled = 0;
      for (std::size_t i = a; i < b; ++i) filled += !row.cells[i].text.empty();
      for (std::size_t i = a; i < b; ++i)
        if (row.cells[i].text.empty() && (filled > 0 || i > a)) row.cells[i].filler = true;
      a = b;
    }
  }
}

}  // namespace

Document read_extracted(const SourceText& text, const ExtractedTables& tables, const HeadingWords& headings) {
  DocumentBuilder builder(text, Layout::TabSeparated);
  std::size_t next = 0;
  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    const Span line = text.line_span(n);
    if (next < tables.rows.size() && tables.rows[next].line.begin == line.begin) {
      const ExtractedTables::Row& r = tables.rows[next++];
      Row row;
      row.cells.reserve(r.cell_count);
      for (std::size_t c = r.first_cell; c < r.first_cell + r.cell_count; ++c) {
        row.cells.push_back(make_cell(text, tables.cells[c]));
        row.cells.back().filler = c < tables.continues.size() && tables.continues[c] && row.cells.back().text.empty();
      }
      row.span = trim_span(text, line);
      builder.table().rows.push_back(std::move(row));
      continue;
    }
    if (!is_blank_line(text, line)) builder.paragraph(line);
  }
  Document doc = builder.finish();
  for (Table& t : doc.tables) mark_fillers(t);
  return join_wrapped_rows(std::move(doc), text, headings);
}

}  // namespace gk::read
