// Lays out report text as a PDF's runs (extract/pdf_runs.h), as a PDF maker would place it:
// paragraphs wrapped at the text width, tables with their columns' x positions, a cell's text
// wrapped within its column (onto more lines: the row grows), numbers set in another font on
// a baseline a point and a half lower and centred in their row's height, a running header
// and a page number on every page, a new page when a row no longer fits. Runs are one per
// glyph (as Chromium prints) or one per cell line or paragraph line (as Word or poppler).
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "extract/pdf_runs.h"
#include "extract/pdf_runs_text.h"

namespace gk_test {

class PdfLayoutBuilder {
 public:
  enum class Runs { Glyph, Word };
  Runs runs = Runs::Word;
  double page_width = 595, page_height = 842;
  double margin = 60;  // top and bottom
  double left = 50;
  double text_size = 10, table_size = 7.5;
  double number_drop = 1.5;  // numbers' baseline below the labels'
  std::string header;        // a running header, when not empty
  std::string page_number = "-#-";  // '#' is the page's number; empty: none

  void paragraph(const std::string& text) {
    const std::vector<std::string> lines = wrap(text, page_width - 2 * left, text_size);
    for (const std::string& l : lines) {
      fit(text_size * 1.5);
      place(left, y_, l, text_size);
      y_ += text_size * 1.5;
    }
  }

  // A table whose columns start at left + the widths before them. A cell runs on over
  // the empty cells right of it. Its first `header_rows` rows are repeated at the top of
  // each page it goes on to (as Chromium prints a <thead>).
  void table(const std::vector<double>& widths, const std::vector<std::vector<std::string>>& rows,
             std::size_t header_rows = 0) {
    y_ += table_size;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const std::uint32_t page = page_;
      table_row(widths, rows[r]);
      if (page_ != page && r >= header_rows && header_rows > 0) {
        // The row went to a new page: the header first, then the row again.
        out_.runs.resize(row_start_);
        y_ = margin;
        for (std::size_t h = 0; h < header_rows; ++h) table_row(widths, rows[h]);
        table_row(widths, rows[r]);
      }
    }
    y_ += table_size;
  }

 private:
  void table_row(const std::vector<double>& widths, const std::vector<std::string>& row) {
    {
      std::vector<std::vector<std::string>> cells(row.size());
      std::size_t height = 1;
      for (std::size_t c = 0; c < row.size(); ++c) {
        double width = widths[std::min(c, widths.size() - 1)];
        for (std::size_t d = c + 1; d < row.size() && row[d].empty() && d < widths.size(); ++d) width += widths[d];
        cells[c] = number(row[c]) ? std::vector<std::string>{row[c]} : wrap(row[c], width - 2 * kCellPad, table_size);
        height = std::max(height, cells[c].size());
      }
      const double leading = table_size * 1.3, pad = table_size;
      const double row_height = height * leading + 2 * pad;
      fit(row_height);
      row_start_ = out_.runs.size();
      double x = left;
      for (std::size_t c = 0; c < row.size(); ++c) {
        const double w = widths[std::min(c, widths.size() - 1)];
        if (number(row[c])) {
          place(x + kCellPad, y_ + pad + (height - 1) * leading / 2 + number_drop, row[c], table_size);
        } else {
          for (std::size_t k = 0; k < cells[c].size(); ++k) place(x + kCellPad, y_ + pad + k * leading, cells[c][k], table_size);
        }
        x += w;
      }
      y_ += row_height;
    }
  }

 public:

  std::string runs_text() {
    finish_page();
    return gk::extract::write_pdf_runs_text(out_);
  }
  const gk::extract::PdfRuns& pdf_runs() {
    finish_page();
    return out_;
  }

  static bool number(const std::string& s) {
    return !s.empty() && s.find_first_not_of("0123456789.") == std::string::npos;
  }

 private:
  static constexpr double kCellPad = 5;  // a cell's text from its borders

  // Code points of a UTF-8 string.
  static std::vector<std::string> glyphs(const std::string& s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t n = 1;
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0xF0) n = 4;
      else if (c >= 0xE0) n = 3;
      else if (c >= 0xC0) n = 2;
      out.push_back(s.substr(i, n));
      i += n;
    }
    return out;
  }
  static double advance(const std::string& g, double size) { return g.size() == 1 ? size / 2 : size; }

  static std::vector<std::string> wrap(const std::string& text, double width, double size) {
    std::vector<std::string> lines(1);
    double at = 0;
    for (const std::string& g : glyphs(text)) {
      if (at + advance(g, size) > width && !lines.back().empty()) {
        lines.emplace_back();
        at = 0;
      }
      lines.back() += g;
      at += advance(g, size);
    }
    if (lines.back().empty() && lines.size() > 1) lines.pop_back();
    return lines;
  }

  void place(double x, double y, const std::string& text, double size) {
    if (text.empty()) return;
    start_page();
    if (runs == Runs::Word) {
      double w = 0;
      for (const std::string& g : glyphs(text)) w += advance(g, size);
      out_.runs.push_back({page_, x, y, w, size * 1.1, size, text});
      return;
    }
    for (const std::string& g : glyphs(text)) {
      out_.runs.push_back({page_, x, y, advance(g, size), size * 1.1, size, g});
      x += advance(g, size);
    }
  }

  void start_page() {
    if (open_) return;
    open_ = true;
    out_.pages.push_back({page_width, page_height});
    page_ = static_cast<std::uint32_t>(out_.pages.size() - 1);
    y_ = margin;
    if (!header.empty()) place(left, margin / 2, header, 9);
  }

  void finish_page() {
    if (!open_) return;
    open_ = false;
    if (page_number.empty()) return;
    std::string n = page_number;
    n.replace(n.find('#'), 1, std::to_string(page_ + 1));
    open_ = true;  // placing the number keeps the page
    place(page_width / 2, page_height - margin / 2, n, 9);
    open_ = false;
  }

  // A new page when `height` more does not fit.
  void fit(double height) {
    start_page();
    if (y_ + height <= page_height - margin) return;
    finish_page();
    start_page();
  }

  gk::extract::PdfRuns out_;
  std::uint32_t page_ = 0;
  std::size_t row_start_ = 0;  // the first run of the row being placed
  double y_ = 0;
  bool open_ = false;
};

}  // namespace gk_test
