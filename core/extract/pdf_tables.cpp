#include "extract/pdf_tables.h"

#include <algorithm>

namespace gk::extract {

namespace {

// Rows of a table lie at most this many text sizes apart (a tall row of a wrapped label).
constexpr double kMaxRowGap = 5.0;
// A line of one cell in a table is set in the table's size, within this ratio (a heading
// between two tables is larger).
constexpr double kSizeRatio = 1.25;
// Lines of one cell in a row between two lines of cells (a label wrapped over three lines,
// a group label set upright beside them).
constexpr std::size_t kMaxSingles = 6;

bool is_multi(const PdfLine& l) { return l.pieces.size() >= 2; }

class Finder {
 public:
  Finder(const std::vector<PdfLine>& lines, const std::vector<bool>& furniture) : lines_(lines) {
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (!furniture[i]) seq_.push_back(i);
  }

  std::vector<PdfTable> run() {
    std::vector<PdfTable> out;
    std::size_t i = 0;
    while (i < seq_.size()) {
      if (!is_multi(at(i))) {
        ++i;
        continue;
      }
      const double size = at(i).size;
      std::size_t last = i, multis = 1;
      for (;;) {
        // The next line of cells, past lines of one cell that may belong to the table.
        std::size_t k = last + 1;
        while (k < seq_.size() && k - last <= kMaxSingles && !is_multi(at(k)) && fits(at(k), size) && near(k - 1, k, size))
          ++k;
        if (k >= seq_.size() || k - last > kMaxSingles || !is_multi(at(k)) || !near(k - 1, k, size)) break;
        last = k;
        ++multis;
      }
      if (multis >= 2) {
        PdfTable t;
        for (std::size_t j = i; j <= last; ++j) t.lines.push_back(seq_[j]);
        out.push_back(std::move(t));
        i = last + 1;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  const PdfLine& at(std::size_t i) const { return lines_[seq_[i]]; }

  static bool fits(const PdfLine& l, double size) { return l.size <= size * kSizeRatio && l.size * kSizeRatio >= size; }

  // Line b follows line a in one table: close below it, or first on the next page.
  bool near(std::size_t a, std::size_t b, double size) const {
    const PdfLine& la = at(a);
    const PdfLine& lb = at(b);
    size = std::max({size, la.size, lb.size});
    if (lb.page == la.page) return lb.top - la.bottom <= kMaxRowGap * size;
    return lb.page == la.page + 1;
  }

  const std::vector<PdfLine>& lines_;
  std::vector<std::size_t> seq_;  // the lines that are not furniture
};

}  // namespace

std::vector<PdfTable> find_tables(const std::vector<PdfLine>& lines, const std::vector<bool>& furniture) {
  return Finder(lines, furniture).run();
}

}  // namespace gk::extract
