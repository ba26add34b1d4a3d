// Markdown pipe tables ("| 规章 | 0 | 0 | 0 |"), as PDF-to-text tools and some sites write
// them: each row a line between pipes, the "|---|" line under the header skipped. Blank
// lines inside a table do not end it; a line of text does.
#include "read/document_builder.h"
#include "read/reader.h"

namespace gk::read {

using text::SourceText, text::Span;

namespace {

// The cells of a pipe row as spans between unescaped pipes, without the outer pipes.
std::vector<Span> split_pipes(const SourceText& text, Span line) {
  std::vector<Span> cells;
  const std::string& s = text.str();
  Span t = trim_span(text, line);
  std::size_t begin = t.begin + 1, end = t.end;  // past the leading pipe
  if (end > begin && s[end - 1] == '|' && (end < 2 || s[end - 2] != '\\')) --end;
  std::size_t start = begin;
  for (std::size_t i = begin; i <= end; ++i) {
    if (i == end || (s[i] == '|' && s[i - 1] != '\\')) {
      cells.push_back({start, i});
      start = i + 1;
    }
  }
  return cells;
}

}  // namespace

bool is_pipe_row(const SourceText& text, Span line) {
  std::string_view v = text.view(trim_span(text, line));
  return v.size() >= 3 && v.front() == '|' && v.find('|', 1) != std::string_view::npos;
}

bool is_pipe_separator(const SourceText& text, Span line) {
  if (!is_pipe_row(text, line)) return false;
  bool dash = false;
  for (char c : text.view(trim_span(text, line))) {
    if (c == '-') dash = true;
    else if (c != '|' && c != ':' && c != ' ' && c != '\t') return false;
  }
  return dash;
}

Document read_pipe_tables(const SourceText& text) {
  DocumentBuilder builder(text, Layout::PipeTable);
  for (std::size_t n = 1; n <= text.line_count(); ++n) {
    Span line = text.line_span(n);
    if (is_blank_line(text, line) || is_pipe_separator(text, line)) continue;
    if (!is_pipe_row(text, line)) {
      builder.paragraph(line);
      continue;
    }
    Row row;
    for (Span cell : split_pipes(text, line)) row.cells.push_back(make_cell(text, cell));
    row.span = trim_span(text, line);
    builder.table().rows.push_back(std::move(row));
  }
  return builder.finish();
}

}  // namespace gk::read
