// Rows as lines with tab-separated cells, as copied from a web page or a PDF viewer.
// Blank lines inside a table do not end it; a line of text without tabs does.
#include <algorithm>

#include "read/document_builder.h"
#include "read/reader.h"

namespace gk::read {

using text::SourceText, text::Span;

Document read_tab_separated(const SourceText& text) {
  DocumentBuilder builder(text, Layout::TabSeparated);
  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    Span line = text.line_span(n);
    std::string_view v = text.view(line);
    if (v.find('\t') == std::string_view::npos) {
      if (!is_blank_line(text, line)) builder.paragraph(line);
      continue;
    }
    Row row;
    row.cells.reserve(static_cast<std::size_t>(std::count(v.begin(), v.end(), '\t')) + 1);
    for (std::size_t start = 0;;) {
      const std::size_t tab = v.find('\t', start);
      const std::size_t end = tab == std::string_view::npos ? v.size() : tab;
      row.cells.push_back(make_cell(text, {line.begin + start, line.begin + end}));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    row.span = trim_span(text, line);
    builder.table().rows.push_back(std::move(row));
  }
  return builder.finish();
}

}  // namespace gk::read
