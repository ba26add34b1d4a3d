// A PDF's runs to the text the checker reads and the user sees: lines by baseline, page
// furniture left out, tables' rows one a line with their cells apart by tabs (recorded as
// ExtractedTables, as for HTML and .docx), every other line a paragraph line. Radicals are
// written as the ideographs they stand for (text/radicals.h): they are the PDF's glyph
// mapping, not the author's text, and the user reads, copies and searches the rebuilt text.
#include <string>
#include <string_view>
#include <vector>

#include "extract/extract.h"
#include "extract/pdf_furniture.h"
#include "extract/pdf_lines.h"
#include "extract/pdf_paragraphs.h"
#include "extract/pdf_table_rows.h"
#include "extract/pdf_tables.h"
#include "text/radicals.h"
#include "text/utf8.h"
#include "text/valid_utf8.h"

namespace gk::extract {

using read::ExtractedTables;
using text::append_utf8, text::append_valid_utf8, text::next_code_point, text::radical_ideograph, text::Span;

namespace {

// A gap wider than this, in text sizes, between two runs of Latin letters or digits is a
// space between words.
constexpr double kWordGap = 0.2;

// Wide text (CJK ideographs, radicals, full-width forms): words need no space between.
bool is_wide(char32_t cp) { return cp >= 0x2E80; }

class Writer {
 public:
  Writer(const PdfRuns& runs, std::vector<Span>& spans) : runs_(runs), spans_(spans) {
    spans_.assign(runs.runs.size(), kNoSpan);
  }

  // A paragraph's line; `more`: the paragraph goes on on the next line given.
  void paragraph(const PdfLine& line, bool more) {
    for (const PdfPiece& p : line.pieces) piece(p);
    if (!more) end_line();
  }

  void row(const PdfRow& r) {
    // A row of one cell reads as a paragraph (a caption), as in the text of HTML tables.
    if (r.cells.size() == 1) {
      for (const PdfPiece* p : r.cells[0].pieces) piece(*p);
      end_line();
      return;
    }
    ExtractedTables::Row row;
    row.line.begin = out_.text.size();
    row.first_cell = out_.tables.cells.size();
    row.cell_count = r.cells.size();
    for (std::size_t c = 0; c < r.cells.size(); ++c) {
      if (c > 0) out_.text += '\t';
      Span cell;
      cell.begin = out_.text.size();
      last_ = 0;
      for (const PdfPiece* p : r.cells[c].pieces) piece(*p);
      cell.end = out_.text.size();
      out_.tables.cells.push_back(cell);
      out_.tables.continues.push_back(r.cells[c].continues);
    }
    row.line.end = out_.text.size();
    out_.tables.rows.push_back(row);
    end_line();
  }

  Extraction finish() { return std::move(out_); }

 private:
  // A piece's runs; a space between words of Latin letters or digits, and between pieces
  // of a paragraph line unless both sides are wide.
  void piece(const PdfPiece& p) {
    double right = 0, size = 0;
    bool spaced = false;  // the run before ends with a blank (pdf.js ends a word with one)
    for (std::size_t k = 0; k < p.runs.size(); ++k) {
      const PdfRun& r = runs_.runs[p.runs[k]];
      const char32_t first = first_code_point(r.text);
      const bool wide = is_wide(last_) || is_wide(first);
      if (last_ != 0 && !(k == 0 ? is_wide(last_) && is_wide(first)
                                 : wide || (!spaced && r.x - right <= kWordGap * std::min(size, run_size(r)))))
        out_.text += ' ';
      spaced = !r.text.empty() && (r.text.back() == ' ' || r.text.back() == '\t');
      Span& s = spans_[p.runs[k]];
      s.begin = out_.text.size();
      append_run(r.text);
      s.end = out_.text.size();
      right = r.x + r.width;
      size = run_size(r);
    }
  }

  static char32_t first_code_point(std::string_view s) {
    const std::size_t begin = s.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) return 0;
    std::size_t i = begin;
    return next_code_point(s, i);
  }

  // The run's text, valid UTF-8, radicals as ideographs, no tab or line break, without the
  // blanks at its ends (pdf.js ends a word with one; the geometry says where spaces go).
  void append_run(std::string_view text) {
    const std::size_t begin = text.find_first_not_of(" \t\r\n");
    const std::size_t end = text.find_last_not_of(" \t\r\n");
    text = begin == std::string_view::npos ? std::string_view() : text.substr(begin, end + 1 - begin);
    valid_.clear();
    append_valid_utf8(valid_, text, replacements_);
    const bool replaced = !replacements_.empty();
    replacements_.clear();
    for (std::size_t i = 0; i < valid_.size();) {
      const std::size_t at = out_.text.size();
      char32_t cp = next_code_point(valid_, i);
      if (cp == '\t' || cp == '\n' || cp == '\r') cp = ' ';
      if (replaced && cp == 0xFFFD) out_.replacements.push_back(at);
      append_utf8(out_.text, radical_ideograph(cp));
      last_ = cp;
    }
  }

  void end_line() {
    out_.text += '\n';
    last_ = 0;
  }

  const PdfRuns& runs_;
  std::vector<Span>& spans_;
  Extraction out_;
  std::string valid_;
  std::vector<std::size_t> replacements_;
  char32_t last_ = 0;  // the last code point written on the line (0: none yet)
};

}  // namespace

Extraction extract_pdf(const PdfRuns& runs, std::vector<Span>& run_spans) {
  const std::vector<PdfLine> lines = pdf_lines(runs);
  std::vector<std::string> texts;
  texts.reserve(lines.size());
  for (const PdfLine& l : lines) texts.push_back(line_text(l, runs));
  const std::vector<bool> furniture = page_furniture(lines, texts, runs);
  texts = std::vector<std::string>();
  const std::vector<PdfTable> tables = find_tables(lines, furniture);
  std::vector<bool> in_table(lines.size(), false);
  for (const PdfTable& t : tables)
    for (std::size_t i = t.lines.front(); i <= t.lines.back(); ++i) in_table[i] = !furniture[i];
  const std::vector<bool> continued = paragraph_continuations(lines, furniture, in_table, runs);
  // Whether the paragraph line i goes on on the next paragraph line.
  std::vector<bool> more(lines.size(), false);
  for (std::size_t i = 0, last = lines.size(); i < lines.size(); ++i) {
    if (furniture[i] || in_table[i]) continue;
    if (continued[i] && last < lines.size()) more[last] = true;
    last = i;
  }
  Writer w(runs, run_spans);
  std::size_t next = 0;  // the next table
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (furniture[i]) continue;
    if (next < tables.size() && tables[next].lines.front() == i) {
      // A table's rows, rebuilt from its lines; its last line ends it.
      for (const PdfRow& r : table_rows(tables[next], lines, runs)) w.row(r);
      i = tables[next++].lines.back();
      continue;
    }
    w.paragraph(lines[i], more[i]);
  }
  return w.finish();
}

}  // namespace gk::extract
