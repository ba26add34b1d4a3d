#include "read/reader.h"

#include <algorithm>

namespace gk::read {

using text::SourceText;

namespace {

// Rows of numbers without tabs: text from a PDF. Wide gaps between the numbers mean the
// -layout mode, single spaces the -raw mode.
constexpr std::size_t kMinNumberRows = 3;
constexpr std::size_t kMinNumbersInRow = 3;
constexpr std::size_t kLayoutGap = 3;

Layout detect_pdf_text(const SourceText& text) {
  std::size_t rows = 0, wide = 0;
  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    std::string_view v = text.view(text.line_span(n));
    // Walk the tokens from the end while they are numbers.
    std::size_t end = v.size(), numbers = 0, widest_gap = 0;
    while (end > 0) {
      while (end > 0 && v[end - 1] == ' ') --end;
      std::size_t begin = end;
      while (begin > 0 && v[begin - 1] != ' ') --begin;
      if (begin == end) break;
      std::string_view token = v.substr(begin, end - begin);
      if (token.find_first_not_of("0123456789.,") != std::string_view::npos) break;
      ++numbers;
      std::size_t gap_end = begin;
      while (begin > 0 && v[begin - 1] == ' ') --begin;
      widest_gap = std::max(widest_gap, gap_end - begin);
      end = begin;
    }
    if (numbers < kMinNumbersInRow) continue;
    ++rows;
    wide += widest_gap >= kLayoutGap;
  }
  if (rows < kMinNumberRows) return Layout::Plain;
  return wide * 2 > rows ? Layout::PdfLayout : Layout::PdfRaw;
}

// Whether a field holds more than blanks (a loop: find_first_not_of calls memchr a byte).
bool has_content(std::string_view field) {
  for (char c : field)
    if (c != ' ' && c != '\r') return true;
  return false;
}

// Counts the lines that look like one cell after a leading tab, and the lines that hold
// several tab-separated fields; the larger count names the layout.
Layout detect_layout(const SourceText& text) {
  std::size_t cell_lines = 0, tab_rows = 0, pipe_rows = 0, separators = 0;
  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    std::string_view v = text.view(text.line_span(n));
    if (is_pipe_row(text, text.line_span(n))) {
      ++pipe_rows;
      separators += is_pipe_separator(text, text.line_span(n));
    }
    std::size_t first_tab = v.find('\t');
    if (first_tab == std::string_view::npos) continue;
    std::size_t filled = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= v.size(); ++i) {
      if (i == v.size() || v[i] == '\t') {
        filled += has_content(v.substr(start, i - start));
        start = i + 1;
      }
    }
    bool leading_text = first_tab > 0 && v.substr(0, first_tab).find_first_not_of(' ') != std::string_view::npos;
    if (first_tab == 0 && filled <= 1 && v.find('\t', 1) == std::string_view::npos) ++cell_lines;
    else if (filled >= 2 || leading_text) ++tab_rows;
  }
  // Pipe tables: a "|---|" line and more pipe rows than rows of any other kind.
  if (separators > 0 && pipe_rows >= 2 * separators && pipe_rows > cell_lines && pipe_rows > tab_rows)
    return Layout::PipeTable;
  if (cell_lines == 0 && tab_rows == 0) return detect_pdf_text(text);
  return cell_lines > tab_rows ? Layout::CellPerLine : Layout::TabSeparated;
}

}  // namespace

bool names_section(const text::LabelParts& label, const HeadingWords& headings) {
  for (const SectionWords& s : headings) {
    if (s.number != label.number) continue;
    for (const std::string& key : s.keys)
      if (label.words.find(key) != std::string::npos) return true;
  }
  return false;
}

Document read_document(const SourceText& text, const HeadingWords& headings) {
  Layout layout = detect_layout(text);
  switch (layout) {
    case Layout::CellPerLine: return join_wrapped_rows(read_cell_per_line(text), text, headings);
    case Layout::TabSeparated: return join_wrapped_rows(read_tab_separated(text), text, headings);
    case Layout::PipeTable: return join_wrapped_rows(read_pipe_tables(text), text, headings);
    case Layout::PdfLayout:
    case Layout::PdfRaw: return read_pdf_text(text, layout, headings);
    case Layout::Plain: break;
  }
  // No tables: every non-blank line is a paragraph.
  Document doc = read_tab_separated(text);
  doc.layout = Layout::Plain;
  return doc;
}

}  // namespace gk::read
