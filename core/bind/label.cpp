#include "bind/label.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "text/normalize.h"
#include "text/utf8.h"
#include "text/saturate.h"

namespace gk {

namespace {

int chinese_numeral(char32_t c) {
  static const std::u32string digits = U"一二三四五六七八九十";
  std::size_t p = digits.find(c);
  return p == std::u32string::npos ? 0 : static_cast<int>(p) + 1;
}

bool is_separator(char32_t c) { return c == U'、' || c == '.' || c == ',' || c == U'，' || c == ' '; }

}  // namespace

LabelParts parse_label(std::string_view label_text) { return parse_label_key(match_key(label_text)); }

std::size_t read_enumerator(std::string_view k, LabelParts& r) {
  std::size_t i = 0;
  if (k.empty()) return 0;
  char32_t first = next_code_point(k, i);
  std::size_t after = 0;
  if (first == '(') {
    // (一) or (1)
    std::size_t j = i;
    int n = 0;
    EnumLevel level = EnumLevel::None;
    while (j < k.size()) {
      char32_t c = next_code_point(k, j);
      if (int v = chinese_numeral(c); v > 0 && level != EnumLevel::Item) {
        n = n == 10 ? 10 + v : (v == 10 && n > 0 ? shift_in_digit(n, 0) : add_capped(n, v));
        level = EnumLevel::Sub;
      } else if (c >= '0' && c <= '9' && level != EnumLevel::Sub) {
        n = shift_in_digit(n, static_cast<int>(c - '0'));
        level = EnumLevel::Item;
      } else {
        if (c == ')' && n > 0) { r.level = level; r.number = n; after = j; }
        break;
      }
    }
  } else if (chinese_numeral(first) > 0) {
    std::size_t j = 0;
    int n = 0;
    while (j < k.size()) {
      char32_t c = next_code_point(k, j);
      int v = chinese_numeral(c);
      if (v > 0) { n = n == 10 ? 10 + v : (v == 10 && n > 0 ? shift_in_digit(n, 0) : add_capped(n, v)); continue; }
      if (is_separator(c)) { r.level = EnumLevel::Top; r.number = n; after = j; }
      break;
    }
  } else if (first >= '0' && first <= '9') {
    std::size_t j = 0;
    int n = 0;
    while (j < k.size()) {
      char32_t c = next_code_point(k, j);
      if (c >= '0' && c <= '9') { n = shift_in_digit(n, static_cast<int>(c - '0')); continue; }
      if (is_separator(c) || c == ')') { r.level = EnumLevel::Item; r.number = n; after = j; }
      break;
    }
  }
  return after;
}

LabelParts parse_label_key(std::string key) {
  LabelParts r;
  const std::size_t after = read_enumerator(key, r);
  r.words = after == 0 ? std::move(key) : key.substr(after);
  return r;
}

std::vector<char32_t> sorted_code_points(std::string_view s) {
  std::vector<char32_t> v;
  v.reserve(s.size() / 2 + 1);
  std::size_t i = 0;
  while (i < s.size()) v.push_back(next_code_point(s, i));
  std::sort(v.begin(), v.end());
  return v;
}

double similarity(const std::vector<char32_t>& x, const std::vector<char32_t>& y) {
  if (x.empty() && y.empty()) return 1.0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) { ++common; ++i; ++j; }
    else if (x[i] < y[j]) ++i;
    else ++j;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(x.size() + y.size());
}

double similarity_if(const std::vector<char32_t>& x, const std::vector<char32_t>& y, double least, double above) {
  if (x.empty() && y.empty()) return 1.0 >= least && 1.0 > above ? 1.0 : 0;
  const double n = static_cast<double>(x.size() + y.size());
  // The same expression as similarity(), so a score that passes is the same double.
  auto score = [&](std::size_t common) { return 2.0 * static_cast<double>(common) / n; };
  auto passes = [&](std::size_t common) { return score(common) >= least && score(common) > above; };
  const std::size_t most = std::min(x.size(), y.size());
  if (!passes(most)) return 0;
  // The fewest common code points that pass: from the threshold, then settled exactly.
  double floor = std::max(least, above) * n / 2.0;
  std::size_t need = floor <= 0 ? 0 : std::min(most, static_cast<std::size_t>(std::ceil(floor)));
  while (need > 0 && passes(need - 1)) --need;
  while (!passes(need)) ++need;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (common + std::min(x.size() - i, y.size() - j) < need) return 0;
    if (x[i] == y[j]) { ++common; ++i; ++j; }
    else if (x[i] < y[j]) ++i;
    else ++j;
  }
  return common >= need ? score(common) : 0;
}

double similarity(std::string_view a, std::string_view b) {
  return similarity(sorted_code_points(a), sorted_code_points(b));
}

}  // namespace gk
