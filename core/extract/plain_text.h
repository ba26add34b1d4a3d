// The plain-text rendering the HTML and .docx extractors write: one paragraph a line, each
// table row one line of tab-separated cells. The rows are kept with their cells' places as
// they are written (ExtractedTables), so the reader takes them as rows, not guessing again.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"

namespace gk::extract {

// Collects the running text of one line or one cell: runs of blanks (and tabs and line
// breaks, which would split cells or rows) become one space; ends are trimmed.
class InlineText {
 public:
  void add(std::string_view utf8);
  void space() { pending_space_ = !text_.empty(); }
  bool empty() const { return text_.empty(); }
  std::string take();

 private:
  std::string text_;
  bool pending_space_ = false;
};

// A table's rows with row and column spans resolved into a grid: a slot a span covers
// is an empty cell, so each value stays under its column's header.
class TableGrid {
 public:
  void begin_row();
  // Places a cell at the row's next free slot.
  void add_cell(std::string text, int colspan = 1, int rowspan = 1);
  void skip(int slots);  // leading slots with no cell (docx w:gridBefore)
  std::size_t row_count() const { return begun_; }  // rowspans past the last row end with it
  // The row's slots up to the last one a cell covers (0: the row covers none).
  std::size_t width(std::size_t row) const;
  const std::string& text(std::size_t row, std::size_t col) const { return rows_[row][col].text; }
  // Whether the slot continues a cell to its left (a colspan): an empty slot, not a cell.
  bool continues(std::size_t row, std::size_t col) const { return rows_[row][col].continues; }

 private:
  struct Slot {
    bool taken = false;
    bool continues = false;
    std::string text;
  };
  Slot& slot(std::size_t row, std::size_t col);
  std::vector<std::vector<Slot>> rows_;
  std::size_t row_ = 0, begun_ = 0;  // the current row; the number of rows begun
  std::size_t col_ = 0;
  std::size_t slots_ = 0;
};

// The text being written: paragraphs and table rows, one a line, in valid UTF-8.
class PlainText {
 public:
  InlineText& line() { return line_; }
  void end_line();
  void table(const TableGrid& grid);
  Extraction finish();

 private:
  void append(std::string_view utf8);

  InlineText line_;
  Extraction out_;
};

}  // namespace gk::extract
