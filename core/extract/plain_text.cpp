#include "extract/plain_text.h"

#include <algorithm>

#include "text/valid_utf8.h"

namespace gk::extract {

using read::ExtractedTables;
using text::append_valid_utf8, text::Span;

namespace {

// Spans beyond these are malformed markup; they are clipped so a page cannot make
// the grid take unbounded memory.
constexpr int kMaxColspan = 1000;
constexpr int kMaxRowspan = 1000;
constexpr std::size_t kMaxSlots = 1u << 22;

bool is_break_space(std::string_view s, std::size_t i, std::size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') { *len = 1; return true; }
  // U+00A0 (&nbsp;), which pages use for blank cells and indents.
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { *len = 2; return true; }
  return false;
}

}  // namespace

void InlineText::add(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 0;
    if (is_break_space(s, i, &len)) {
      if (!text_.empty()) pending_space_ = true;
      i += len;
      continue;
    }
    if (pending_space_) text_ += ' ';
    pending_space_ = false;
    text_ += s[i++];
  }
}

std::string InlineText::take() {
  pending_space_ = false;
  return std::move(text_);
}

void TableGrid::begin_row() {
  // Rows below may exist already: the rowspans above reach into them.
  row_ = begun_ == 0 ? 0 : row_ + 1;
  begun_ = row_ + 1;
  if (rows_.size() < begun_) rows_.resize(begun_);
  col_ = 0;
}

TableGrid::Slot& TableGrid::slot(std::size_t row, std::size_t col) {
  while (rows_.size() <= row) rows_.emplace_back();
  auto& r = rows_[row];
  if (r.size() <= col) {
    slots_ += col + 1 - r.size();
    r.resize(col + 1);
  }
  return r[col];
}

void TableGrid::skip(int slots) {
  if (begun_ == 0) begin_row();
  col_ += static_cast<std::size_t>(std::clamp(slots, 0, kMaxColspan));
}

void TableGrid::add_cell(std::string text, int colspan, int rowspan) {
  if (begun_ == 0) begin_row();
  const std::size_t row = row_;
  while (col_ < rows_[row].size() && rows_[row][col_].taken) ++col_;
  const std::size_t cs = static_cast<std::size_t>(std::clamp(colspan, 1, kMaxColspan));
  const std::size_t rs = static_cast<std::size_t>(std::clamp(rowspan, 1, kMaxRowspan));
  if (slots_ + cs * rs > kMaxSlots) return;
  for (std::size_t r = row; r < row + rs; ++r)
    for (std::size_t c = col_; c < col_ + cs; ++c) {
      Slot& at = slot(r, c);
      at.taken = true;
      at.continues = c > col_;
    }
  slot(row, col_).text = std::move(text);
  col_ += cs;
}

std::size_t TableGrid::width(std::size_t row) const {
  // Only the slots a cell covers count: a row made only of rowspans from above still shows
  // as its empty cells, a hole after the last cell does not.
  const auto& r = rows_[row];
  std::size_t width = r.size();
  while (width > 0 && !r[width - 1].taken) --width;
  return width;
}

// Text that is not UTF-8 (an extractor handed bytes it was not meant for) is written
// valid: each invalid sequence as U+FFFD, noted for decode.invalid-bytes.
void PlainText::append(std::string_view utf8) { append_valid_utf8(out_.text, utf8, out_.replacements); }

void PlainText::end_line() {
  if (line_.empty()) return;
  append(line_.take());
  out_.text += '\n';
}

void PlainText::table(const TableGrid& grid) {
  end_line();
  for (std::size_t r = 0; r < grid.row_count(); ++r) {
    // A row that covers no slot is left out; a row of blank cells stays: it is the blank
    // form's row of values.
    const std::size_t width = grid.width(r);
    if (width == 0) continue;
    // A row of one cell has no tab: it reads as a paragraph (or a blank line), as the
    // text would.
    if (width == 1) {
      append(grid.text(r, 0));
      out_.text += '\n';
      continue;
    }
    ExtractedTables::Row row;
    row.line.begin = out_.text.size();
    row.first_cell = out_.tables.cells.size();
    row.cell_count = width;
    for (std::size_t c = 0; c < width; ++c) {
      if (c > 0) out_.text += '\t';
      Span cell;
      cell.begin = out_.text.size();
      append(grid.text(r, c));
      cell.end = out_.text.size();
      out_.tables.cells.push_back(cell);
      out_.tables.continues.push_back(grid.continues(r, c));
    }
    row.line.end = out_.text.size();
    out_.tables.rows.push_back(row);
    out_.text += '\n';
  }
}

Extraction PlainText::finish() {
  end_line();
  return std::move(out_);
}

}  // namespace gk::extract
