// Word's plain-text export of a table: each cell on its own line after a tab, rows
// separated by blank lines. A cell whose text wrapped continues on the next line without
// the leading tab ("商业" / "企业").
#include "read/document_builder.h"
#include "read/reader.h"
#include "text/utf8.h"

namespace gk::read {

using text::count_code_points, text::SourceText, text::Span;

namespace {

constexpr std::size_t kMaxContinuationCodePoints = 24;

}  // namespace

Document read_cell_per_line(const SourceText& text) {
  DocumentBuilder builder(text, Layout::CellPerLine);
  Row row;
  bool row_open = false;
  bool after_cell = false;  // the previous line was a cell line

  auto close_row = [&] {
    const std::size_t cells = row.cells.size();
    if (row_open && !row.cells.empty()) {
      update_row_span(row);
      builder.table().rows.push_back(std::move(row));
    }
    row = Row();
    row.cells.reserve(cells);  // the next row is most likely as wide
    row_open = false;
  };

  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    Span line = text.line_span(n);
    std::string_view v = text.view(line);
    if (!v.empty() && v[0] == '\t') {
      row_open = true;
      row.cells.push_back(make_cell(text, {line.begin + 1, line.end}));
      after_cell = true;
      continue;
    }
    if (is_blank_line(text, line)) {
      close_row();
      after_cell = false;
      continue;
    }
    Span content = trim_span(text, line);
    std::string_view c = text.view(content);
    if (after_cell && row_open && count_code_points(c) <= kMaxContinuationCodePoints &&
        !looks_numbered(c)) {
      // The rest of the previous cell, wrapped onto this line.
      Cell& cell = row.cells.back();
      if (cell.span.empty()) cell.span = content;
      else cell.span.end = content.end;
      cell.text = text.view(cell.span);
      continue;
    }
    close_row();
    after_cell = false;
    builder.paragraph(line);
  }
  close_row();
  return builder.finish();
}

}  // namespace gk::read
