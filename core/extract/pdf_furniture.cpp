#include "extract/pdf_furniture.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "text/utf8.h"

namespace gk::extract {

using text::is_blank, text::next_code_point;

namespace {

// The bands at the top and bottom of a page where furniture sits: a part of its height, or an
// inch on a small page.
constexpr double kBand = 0.12;
constexpr double kMinBand = 72;
// Lines at each end of a page that may be furniture.
constexpr std::size_t kEndLines = 2;

bool is_dash(char32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015 ||
         cp == 0x2212 || cp == 0xFF0D || cp == 0x2500 || cp == 0x2501;
}

bool is_digit(char32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

// The text with blanks left out and every run of digits as one '#' (numbers apart by a
// blank stay two: a table's row of numbers is no page number).
std::u32string shape_of(std::string_view s) {
  std::u32string out;
  bool after_blank = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = next_code_point(s, i);
    if (is_blank(cp)) {
      after_blank = true;
      continue;
    }
    if (is_digit(cp)) {
      if (out.empty() || out.back() != '#' || after_blank) out += '#';
    } else {
      out += cp;
    }
    after_blank = false;
  }
  return out;
}

// A line's page and its place on it: near the top or the bottom.
bool in_band(const PdfLine& line, const PdfRuns& runs, double page_bottom) {
  double height = line.page < runs.pages.size() ? runs.pages[line.page].height : 0;
  if (!(height > 0)) height = page_bottom;
  const double band = std::max(height * kBand, kMinBand);
  return line.bottom < band || line.top > height - band;
}

}  // namespace

bool is_page_number(std::string_view text) {
  std::u32string s = shape_of(text);
  // Dashes around it: -3-, — 3 —.
  std::size_t a = 0, b = s.size();
  while (a < b && is_dash(s[a])) ++a;
  while (b > a && is_dash(s[b - 1])) --b;
  s = s.substr(a, b - a);
  static const std::u32string kForms[] = {
      U"#", U"第#页", U"第#页共#页", U"第#页，共#页", U"第#页,共#页", U"第#页/共#页", U"#/#", U"#／#",
      U"共#页第#页", U"Page#", U"page#", U"Page#of#", U"页#",
  };
  for (const std::u32string& f : kForms)
    if (s == f) return true;
  return false;
}

std::vector<bool> page_furniture(const std::vector<PdfLine>& lines, const std::vector<std::string>& texts,
                                 const PdfRuns& runs) {
  std::vector<bool> out(lines.size(), false);
  // Each page's lines are [first, end) and lie together, pages in order.
  std::vector<std::pair<std::size_t, std::size_t>> pages;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == 0 || lines[i].page != lines[i - 1].page) pages.emplace_back(i, i);
    pages.back().second = i + 1;
  }
  // The candidates: the lines at a page's ends within its bands.
  std::vector<std::size_t> candidates;
  for (auto [first, end] : pages) {
    double bottom = 0;
    for (std::size_t i = first; i < end; ++i) bottom = std::max(bottom, lines[i].bottom);
    for (std::size_t i = first; i < end; ++i)
      if ((i < first + kEndLines || i + kEndLines >= end) && in_band(lines[i], runs, bottom)) candidates.push_back(i);
  }
  // A page number alone is furniture; other text is when it recurs (its digits aside) on
  // several pages: a running header or footer. Numbers alone are not (a table's row of
  // numbers ending several pages).
  std::unordered_map<std::u32string, std::pair<std::size_t, std::uint32_t>> pages_of;  // shape: pages, last page
  for (std::size_t i : candidates) {
    if (is_page_number(texts[i])) {
      out[i] = true;
      continue;
    }
    auto& [count, last] = pages_of.try_emplace(shape_of(texts[i]), 0, UINT32_MAX).first->second;
    if (last != lines[i].page) ++count;
    last = lines[i].page;
  }
  const std::size_t recurring = std::max<std::size_t>(2, (pages.size() + 1) / 2);
  for (std::size_t i : candidates) {
    const std::u32string shape = shape_of(texts[i]);
    if (!out[i] && pages.size() >= 2 && shape.find_first_not_of(U'#') != std::u32string::npos &&
        pages_of[shape].first >= recurring)
      out[i] = true;
  }
  return out;
}

}  // namespace gk::extract
