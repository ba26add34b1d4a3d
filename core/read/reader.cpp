#include "read/reader.h"

namespace gk {

namespace {

// Counts the lines that look like one cell after a leading tab, and the lines that hold
// several tab-separated fields; the larger count names the layout.
Layout detect_layout(const SourceText& text) {
  std::size_t cell_lines = 0, tab_rows = 0;
  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    std::string_view v = text.view(text.line_span(n));
    std::size_t first_tab = v.find('\t');
    if (first_tab == std::string_view::npos) continue;
    std::size_t filled = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= v.size(); ++i) {
      if (i == v.size() || v[i] == '\t') {
        if (v.substr(start, i - start).find_first_not_of(" \r") != std::string_view::npos) ++filled;
        start = i + 1;
      }
    }
    bool leading_text = first_tab > 0 && v.substr(0, first_tab).find_first_not_of(' ') != std::string_view::npos;
    if (first_tab == 0 && filled <= 1 && v.find('\t', 1) == std::string_view::npos) ++cell_lines;
    else if (filled >= 2 || leading_text) ++tab_rows;
  }
  if (cell_lines == 0 && tab_rows == 0) return Layout::Plain;
  return cell_lines > tab_rows ? Layout::CellPerLine : Layout::TabSeparated;
}

}  // namespace

Document read_document(const SourceText& text) {
  switch (detect_layout(text)) {
    case Layout::CellPerLine: return read_cell_per_line(text);
    case Layout::TabSeparated: return read_tab_separated(text);
    case Layout::Plain: break;
  }
  // No tables: every non-blank line is a paragraph.
  Document doc = read_tab_separated(text);
  doc.layout = Layout::Plain;
  return doc;
}

}  // namespace gk
