#include "extract/pdf_lines.h"

#include <algorithm>
#include <cmath>

namespace gk::extract {

namespace {

// Coordinates past these are no page's: clipped, so that sums stay finite.
constexpr double kMaxCoordinate = 1e7;
constexpr double kMinSize = 0.01;

double clip(double v) { return std::clamp(v, -kMaxCoordinate, kMaxCoordinate); }

// A run's box, clipped, with a height that is never 0.
struct Box {
  double left, right, top, bottom, size;
  double middle() const { return (top + bottom) / 2; }
};

Box box_of(const PdfRun& r) {
  Box b;
  b.size = run_size(r);
  b.left = clip(r.x);
  b.right = b.left + std::clamp(r.width, 0.0, kMaxCoordinate);
  b.top = clip(r.y);
  const double height = r.height > kMinSize ? std::min(r.height, kMaxCoordinate) : b.size;
  b.bottom = b.top + height;
  return b;
}

bool blank_text(const std::string& s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

// A gap wider than this, in text sizes, parts two cells: a word space is about a quarter.
constexpr double kCellGap = 1.0;
// Numbers apart by more than a word space are two cells (a row of narrow columns).
constexpr double kNumberGap = 0.2;
// Chinese is set without word spaces: between two ideographs (or one and a number), a gap
// wider than this (in text sizes) may be a cell's edge. Chromium sets an HTML table's cells a quarter em apart (a
// pixel of border, a pixel of padding each side); glyphs of one word touch.
constexpr double kWordlessGap = 0.22;
// On a line of cells, a gap this wide beside an ideograph (before a bracket, a number, an
// ideograph) parts two more: wider than a justified cell's spacing, narrower than an em.
constexpr double kTableGap = 0.5;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether a byte belongs to a character past ASCII (an ideograph, CJK punctuation).
bool wide(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// Whether run b, right of run a on their line, starts a cell of its own. With `narrow`, an
// ideograph and an ideograph or number kWordlessGap apart, or an ideograph and anything
// kTableGap apart, are two cells too (a label and its value, two header cells): taken only
// where part_narrow_gaps confirms it, as in prose such a gap is a space ("2021 年") or a
// justified line's.
bool parts(const PdfRun& a, const Box& ba, const PdfRun& b, const Box& bb, bool narrow) {
  const double gap = bb.left - ba.right, size = std::min(ba.size, bb.size);
  if (gap > kCellGap * size) return true;
  const std::size_t end = a.text.find_last_not_of(' ');
  const std::size_t begin = b.text.find_first_not_of(' ');
  if (end == std::string::npos || begin == std::string::npos) return false;
  const char last = a.text[end], first = b.text[begin];
  if (narrow && gap > kTableGap * size && (wide(last) || wide(first))) return true;
  if (narrow && gap > kWordlessGap * size && (wide(last) || wide(first)) &&
      (wide(last) || is_digit(last)) && (wide(first) || is_digit(first)))
    return true;
  return gap > kNumberGap * size && is_digit(last) && is_digit(first);
}

// Boxes whose middles are nearer than this, in halves of the smaller one's height, are on
// one line: a label and its numbers set in two fonts sit a point or two apart.
constexpr double kSameLine = 1.0;
// A table's next row lies at most this many text sizes below the one above it.
constexpr double kRowGap = 5.0;
// Lines looked at above and below a line for its table's columns.
constexpr std::size_t kNeighbours = 3;
// Cells of one column start within this many text sizes of each other.
constexpr double kAligned = 0.5;

// One page's runs (indices) as lines, parted at wide gaps; those that narrow gaps part
// further, so parted, into `narrow` (index into out, the line).
void page_lines(const PdfRuns& runs, std::vector<std::size_t>& ids, const std::vector<Box>& boxes,
                std::uint32_t page, std::vector<PdfLine>& out, std::vector<std::pair<std::size_t, PdfLine>>& narrow) {
  std::sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) {
    return boxes[a].middle() < boxes[b].middle() || (boxes[a].middle() == boxes[b].middle() && a < b);
  });
  std::size_t i = 0;
  std::vector<std::size_t> line;
  while (i < ids.size()) {
    // A line is the runs whose middles lie near the middle of the run above them: a label
    // between a glyph set upright beside it and its numbers a point lower stays one line.
    const Box& anchor = boxes[ids[i]];
    line.clear();
    while (i < ids.size()) {
      const Box& b = boxes[ids[i]];
      if (!line.empty()) {
        const Box& above = boxes[line.back()];
        const double half = std::min(b.bottom - b.top, above.bottom - above.top) / 2;
        if (b.middle() - above.middle() > kSameLine * half) break;
      }
      line.push_back(ids[i++]);
    }
    std::stable_sort(line.begin(), line.end(),
                     [&](std::size_t a, std::size_t b) { return boxes[a].left < boxes[b].left; });
    const auto build = [&](bool as_table) {
      PdfLine l;
      l.page = page;
      l.top = anchor.top;
      l.bottom = anchor.bottom;
      for (std::size_t id : line) {
        const Box& b = boxes[id];
        l.top = std::min(l.top, b.top);
        l.bottom = std::max(l.bottom, b.bottom);
        l.size = std::max(l.size, b.size);
        if (l.pieces.empty() || parts(runs.runs[l.pieces.back().runs.back()], boxes[l.pieces.back().runs.back()],
                                      runs.runs[id], b, as_table)) {
          l.pieces.emplace_back();
          l.pieces.back().left = b.left;
          l.pieces.back().right = b.right;
        }
        PdfPiece& p = l.pieces.back();
        p.runs.push_back(id);
        p.right = std::max(p.right, b.right);
      }
      return l;
    };
    out.push_back(build(false));
    PdfLine split = build(true);
    if (split.pieces.size() > out.back().pieces.size()) narrow.emplace_back(out.size() - 1, std::move(split));
  }
}

// Lines parted at narrow gaps too (a label and its value "行政事业性收费 0", header cells a
// quarter em apart, a group's label beside a row's "（六）其 2.申请人…") where the part a gap
// starts begins where a piece of a line of cells near it begins: a column of the table.
void part_narrow_gaps(std::vector<PdfLine>& out, std::vector<std::pair<std::size_t, PdfLine>>& narrow) {
  // A line's pieces, as parted at narrow gaps where it has any.
  std::vector<const PdfLine*> parted(out.size());
  for (std::size_t j = 0; j < out.size(); ++j) parted[j] = &out[j];
  for (const auto& [at, split] : narrow) parted[at] = &split;
  const auto starts_at = [&](std::size_t j, double x, double tolerance) {
    for (const PdfLine* l : {static_cast<const PdfLine*>(&out[j]), parted[j]}) {
      // Pieces are left to right: the first starting at or past x - tolerance.
      const auto q = std::lower_bound(l->pieces.begin(), l->pieces.end(), x - tolerance,
                                      [](const PdfPiece& p, double v) { return p.left < v; });
      if (q != l->pieces.end() && q->left <= x + tolerance) return true;
    }
    return false;
  };
  std::vector<std::pair<std::size_t, PdfLine>> rebuilt;
  for (const auto& [at, split] : narrow) {
    const std::vector<PdfPiece>& was = out[at].pieces;
    PdfLine l = split;
    l.pieces.clear();
    std::size_t wide_piece = 0;  // the piece of the line as parted at wide gaps only
    for (std::size_t k = 0; k < split.pieces.size(); ++k) {
      const PdfPiece& p = split.pieces[k];
      while (wide_piece < was.size() && was[wide_piece].left < p.left) ++wide_piece;
      bool apart = k == 0 || (wide_piece < was.size() && was[wide_piece].left == p.left);  // parted anyway
      // On a line of cells, a gap of half an em is one more cell's edge.
      apart = apart || (was.size() >= 2 && p.left - split.pieces[k - 1].right > kTableGap * split.size);
      for (std::size_t j = at > kNeighbours ? at - kNeighbours : 0;
           !apart && j < std::min(out.size(), at + kNeighbours + 1); ++j) {
        // Only a line of cells (parted at a wide gap somewhere) shows a table's columns: one
        // close above or below, or at the end of the page before or the start of the next
        // (the table goes on over the page's end).
        const PdfLine& o = out[j];
        const bool near = o.page == split.page
                              ? std::max(o.top - split.bottom, split.top - o.bottom) <= kRowGap * split.size
                              : o.page + 1 == split.page || split.page + 1 == o.page;
        if (j == at || o.pieces.size() < 2 || !near) continue;
        apart = starts_at(j, p.left, kAligned * split.size);
      }
      if (apart) {
        l.pieces.push_back(p);
      } else {
        l.pieces.back().runs.insert(l.pieces.back().runs.end(), p.runs.begin(), p.runs.end());
        l.pieces.back().right = std::max(l.pieces.back().right, p.right);
      }
    }
    if (l.pieces.size() > was.size()) rebuilt.emplace_back(at, std::move(l));
  }
  for (auto& [at, l] : rebuilt) out[at] = std::move(l);
}

}  // namespace

double run_size(const PdfRun& r) {
  if (r.font_size > kMinSize) return std::min(r.font_size, kMaxCoordinate);
  if (r.height > kMinSize) return std::min(r.height, kMaxCoordinate);
  return 1;
}

std::vector<PdfLine> pdf_lines(const PdfRuns& runs) {
  std::vector<Box> boxes;
  boxes.reserve(runs.runs.size());
  for (const PdfRun& r : runs.runs) boxes.push_back(box_of(r));
  // The runs of each page, by a counting pass (linear in runs and pages).
  std::vector<std::vector<std::size_t>> by_page(runs.pages.size());
  for (std::size_t i = 0; i < runs.runs.size(); ++i) {
    const PdfRun& r = runs.runs[i];
    if (r.page < by_page.size() && !blank_text(r.text)) by_page[r.page].push_back(i);
  }
  std::vector<PdfLine> out;
  std::vector<std::pair<std::size_t, PdfLine>> narrow;
  for (std::uint32_t p = 0; p < by_page.size(); ++p) page_lines(runs, by_page[p], boxes, p, out, narrow);
  part_narrow_gaps(out, narrow);
  return out;
}

}  // namespace gk::extract

namespace gk::extract {

std::string line_text(const PdfLine& line, const PdfRuns& runs) {
  std::string s;
  for (const PdfPiece& p : line.pieces) {
    if (!s.empty()) s += ' ';
    for (std::size_t id : p.runs) s += runs.runs[id].text;
  }
  return s;
}

}  // namespace gk::extract
