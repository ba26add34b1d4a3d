// Small helpers for the mutation tests: find a place in a report's text by what is written
// there (a label, a heading, the numbers after a label), edit the text there, and tell where
// the edit landed the way gkcheck counts (1-based line, 1-based code-point column).
#pragma once
#include <cstddef>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace gk_mut {

// How a report lays out its table rows.
enum class Shape {
  CellPerLine,  // each cell on its own line after a tab, rows split by blank lines (Word text)
  Tabs,         // one row a line, cells split by tabs
  PdfText,      // text copied out of a PDF: "label  n  n  n"
};

struct Pos {
  std::size_t line = 0;
  std::size_t column = 0;
  bool operator==(const Pos& o) const { return line == o.line && column == o.column; }
};

inline std::ostream& operator<<(std::ostream& os, const Pos& p) { return os << p.line << ":" << p.column; }

inline bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Where byte `offset` of `text` is: its line and code-point column, both from 1.
inline Pos position(const std::string& text, std::size_t offset) {
  Pos p{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') p = {p.line + 1, 1};
    else if (!is_continuation_byte(text[i])) ++p.column;
  }
  return p;
}

// The offset of `what` at or after `from`; throws (failing the test) when it is not there,
// so a mutation never silently edits the wrong place.
inline std::size_t find(const std::string& text, const std::string& what, std::size_t from = 0) {
  std::size_t at = text.find(what, from);
  if (at == std::string::npos) throw std::runtime_error("mutation: text not found: " + what);
  return at;
}

inline std::size_t line_begin(const std::string& text, std::size_t offset) {
  std::size_t nl = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  return offset == 0 || nl == std::string::npos ? 0 : nl + 1;
}

// Just after the line's break (or the end of the text).
inline std::size_t line_end(const std::string& text, std::size_t offset) {
  std::size_t nl = text.find('\n', offset);
  return nl == std::string::npos ? text.size() : nl + 1;
}

// The width in bytes of the blank at `i` (space, tab, line break, no-break space, ideographic
// space), 0 if none.
inline std::size_t blank_at(const std::string& text, std::size_t i) {
  char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
  if (text.compare(i, 2, "\xC2\xA0") == 0) return 2;      // U+00A0
  if (text.compare(i, 3, "\xE3\x80\x80") == 0) return 3;  // U+3000
  return 0;
}

inline std::size_t first_non_blank(const std::string& text, std::size_t from) {
  while (from < text.size() && blank_at(text, from) > 0) from += blank_at(text, from);
  return from;
}

// A number as the report writes it.
struct Cell {
  std::size_t offset = 0;
  std::string text;
  long long value() const { return std::stoll(text); }
  std::size_t end() const { return offset + text.size(); }
};

// The first `n` numbers after `from` with nothing but blanks between them: the values of the
// row whose label ends at `from`, in any shape (header words before them are skipped).
inline std::vector<Cell> numbers_after(const std::string& text, std::size_t from, std::size_t n) {
  std::vector<Cell> run;
  std::size_t i = from;
  while (i < text.size()) {
    std::size_t b = blank_at(text, i);
    if (b > 0) {
      i += b;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && blank_at(text, i) == 0) ++i;
    std::string token = text.substr(start, i - start);
    bool number = token.find_first_not_of("0123456789") == std::string::npos;
    if (!number) {
      run.clear();
      continue;
    }
    run.push_back({start, token});
    if (run.size() == n) return run;
  }
  throw std::runtime_error("mutation: no run of " + std::to_string(n) + " numbers after offset " + std::to_string(from));
}

// The values of the row labelled `label` (the first such label at or after `from`).
inline std::vector<Cell> row_values(const std::string& text, const std::string& label, std::size_t n,
                                    std::size_t from = 0) {
  return numbers_after(text, find(text, label, from) + label.size(), n);
}

inline std::string replace(const std::string& text, std::size_t offset, std::size_t length, const std::string& with) {
  return text.substr(0, offset) + with + text.substr(offset + length);
}

inline std::string set_cell(const std::string& text, const Cell& cell, const std::string& with) {
  return replace(text, cell.offset, cell.text.size(), with);
}

inline std::string add_to_cell(const std::string& text, const Cell& cell, long long delta) {
  return set_cell(text, cell, std::to_string(cell.value() + delta));
}

// What separates two value cells of a row.
inline std::string cell_separator(Shape shape) {
  switch (shape) {
    case Shape::CellPerLine: return "\n\t";
    case Shape::Tabs: return "\t";
    case Shape::PdfText: break;
  }
  return " ";
}

// [begin, end) of the row holding `offset`, with the break (or blank line) after it: the text
// to remove to delete the row. A cell-per-line row runs from one blank line to the next.
struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
};

inline Range row_range(const std::string& text, std::size_t offset, Shape shape) {
  if (shape != Shape::CellPerLine) return {line_begin(text, offset), line_end(text, offset)};
  std::size_t before = text.rfind("\n\n", offset);
  std::size_t after = text.find("\n\n", offset);
  if (before == std::string::npos || after == std::string::npos)
    throw std::runtime_error("mutation: no blank lines around the row");
  return {before + 2, after + 2};
}

// One table row written in the report's shape.
inline std::string make_row(Shape shape, const std::string& label, const std::vector<std::string>& values) {
  std::string row = shape == Shape::CellPerLine ? "\t" + label : label;
  for (const std::string& v : values) row += cell_separator(shape) + v;
  return row + (shape == Shape::CellPerLine ? "\n\n" : "\n");
}

// The lines from the heading holding `heading` up to (not including) the line holding `next`.
inline Range section_range(const std::string& text, const std::string& heading, const std::string& next) {
  std::size_t h = find(text, heading);
  return {line_begin(text, h), line_begin(text, find(text, next, h))};
}

}  // namespace gk_mut
