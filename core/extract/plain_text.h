// The plain-text rendering the HTML and .docx readers write: one paragraph a line, each
// table row one line of tab-separated cells, which read_document then reads as the
// tab-separated layout.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gk {

// Collects running text for one line or one cell: runs of blanks (and tabs and line
// breaks, which would split cells or rows) become one space; ends are trimmed.
class TextRun {
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
  // Rows as tab-separated lines; rows that cover no slot are left out.
  std::vector<std::string> lines() const;

 private:
  struct Slot {
    bool taken = false;
    std::string text;
  };
  Slot& slot(std::size_t row, std::size_t col);
  std::vector<std::vector<Slot>> rows_;
  std::size_t row_ = 0, begun_ = 0;  // the current row; the number of rows begun
  std::size_t col_ = 0;
  std::size_t slots_ = 0;
};

// The document being written: paragraphs and table rows, one a line.
class PlainText {
 public:
  TextRun& line() { return line_; }
  void end_line();
  void table(const TableGrid& grid);
  std::string finish();

 private:
  TextRun line_;
  std::string out_;
};

}  // namespace gk
