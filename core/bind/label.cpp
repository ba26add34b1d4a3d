#include "bind/label.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "text/utf8.h"

namespace gk::bind {

using text::next_code_point;

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

}  // namespace gk::bind
