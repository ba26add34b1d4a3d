#include "guessed_font_sizes.h"

#include <algorithm>
#include <cstddef>
#include <map>

#include "text/utf8.h"

namespace gk::cli {

namespace {

// Ideographs, CJK punctuation, radicals and full-width forms: one em wide by design.
bool full_width(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF60) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

// The run's width per character when every character is full-width (0 otherwise).
double em_of(const extract::PdfRun& run) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < run.text.size();) {
    if (!full_width(text::next_code_point(run.text, i))) return 0;
    ++count;
  }
  return count == 0 ? 0 : run.width / static_cast<double>(count);
}

// Where the baseline is in poppler's box of a font that does not say its ascent and
// descent (a Type 3 font): poppler's defaults, 0.95 em above and 0.35 below.
constexpr double kBaselineFromTop = 0.95 / 1.3;
// Only a size far above the advance is a guess: letter spacing makes runs wider per
// character than their size, never narrower, and horizontal scaling not by this much.
constexpr double kMostTrusted = 1.4;

}  // namespace

void correct_guessed_font_sizes(std::vector<extract::PdfRun>& runs, const std::vector<std::string>& fonts) {
  std::map<std::string, std::vector<double>> ratios;  // font -> em / poppler's size of its full-width runs
  for (std::size_t i = 0; i < runs.size() && i < fonts.size(); ++i) {
    const double em = em_of(runs[i]);
    if (em > 0 && runs[i].font_size > 0) ratios[fonts[i]].push_back(em / runs[i].font_size);
  }
  std::map<std::string, double> scale;
  for (auto& [font, r] : ratios) {
    std::nth_element(r.begin(), r.begin() + r.size() / 2, r.end());
    const double median = r[r.size() / 2];
    if (median < 1 / kMostTrusted) scale[font] = median;
  }
  if (scale.empty()) return;
  for (std::size_t i = 0; i < runs.size() && i < fonts.size(); ++i) {
    const auto s = scale.find(fonts[i]);
    if (s == scale.end()) continue;
    extract::PdfRun& run = runs[i];
    const double baseline = run.y + run.height * kBaselineFromTop;
    run.font_size *= s->second;
    run.height *= s->second;
    run.y = baseline - run.height * kBaselineFromTop;
  }
}

}  // namespace gk::cli
