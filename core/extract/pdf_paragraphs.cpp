#include "extract/pdf_paragraphs.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "text/enumerator.h"

namespace gk::extract {

using text::EnumLevel, text::parse_label;

namespace {

// A wrapped line reaches the text's right edge within this many text sizes.
constexpr double kFullLine = 1.5;
// The next line of a paragraph lies at most this many text sizes below.
constexpr double kLineGap = 1.2;
// It starts no further right than this (a paragraph's first line is indented, the rest not).
constexpr double kIndent = 0.5;
constexpr double kSameSize = 0.25;

std::string first_piece_text(const PdfLine& l, const PdfRuns& runs) {
  std::string s;
  for (std::size_t id : l.pieces.front().runs) s += runs.runs[id].text;
  return s;
}

}  // namespace

std::vector<bool> paragraph_continuations(const std::vector<PdfLine>& lines, const std::vector<bool>& furniture,
                                          const std::vector<bool>& in_table, const PdfRuns& runs) {
  std::vector<bool> out(lines.size(), false);
  // The right edge of the running text (the pages share their margins: a page of a few
  // short lines has no edge of its own).
  double edge = -1e300;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!furniture[i] && !in_table[i]) edge = std::max(edge, lines[i].right());
  std::size_t prev = lines.size();  // the last paragraph line, if nothing but furniture since
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (furniture[i]) continue;
    if (in_table[i]) {
      prev = lines.size();
      continue;
    }
    const PdfLine& b = lines[i];
    if (prev < lines.size()) {
      const PdfLine& a = lines[prev];
      const double size = std::max(a.size, b.size);
      const bool next = b.page == a.page ? b.top - a.bottom <= kLineGap * size && b.top > a.bottom - 0.5 * size
                                         : b.page == a.page + 1;
      const bool same_size = std::abs(a.size - b.size) <= kSameSize * size;
      const bool full = a.right() >= edge - kFullLine * a.size;
      const bool not_indented = b.left() <= a.left() + kIndent * size;
      out[i] = next && same_size && full && not_indented &&
               parse_label(first_piece_text(b, runs)).level == EnumLevel::None;
    }
    prev = i;
  }
  return out;
}

}  // namespace gk::extract
