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

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether run b, right of run a on their line, starts a cell of its own.
bool parts(const PdfRun& a, const Box& ba, const PdfRun& b, const Box& bb) {
  const double gap = bb.left - ba.right, size = std::min(ba.size, bb.size);
  if (gap > kCellGap * size) return true;
  const std::size_t end = a.text.find_last_not_of(' ');
  const std::size_t begin = b.text.find_first_not_of(' ');
  return gap > kNumberGap * size && end != std::string::npos && begin != std::string::npos && is_digit(a.text[end]) &&
         is_digit(b.text[begin]);
}

// Boxes whose middles are nearer than this, in halves of the smaller one's height, are on
// one line: a label and its numbers set in two fonts sit a point or two apart.
constexpr double kSameLine = 1.0;

// One page's runs (indices) as lines.
void page_lines(const PdfRuns& runs, std::vector<std::size_t>& ids, const std::vector<Box>& boxes,
                std::uint32_t page, std::vector<PdfLine>& out) {
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
                                    runs.runs[id], b)) {
        l.pieces.emplace_back();
        l.pieces.back().left = b.left;
        l.pieces.back().right = b.right;
      }
      PdfPiece& p = l.pieces.back();
      p.runs.push_back(id);
      p.right = std::max(p.right, b.right);
    }
    out.push_back(std::move(l));
  }
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
  for (std::uint32_t p = 0; p < by_page.size(); ++p) page_lines(runs, by_page[p], boxes, p, out);
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
