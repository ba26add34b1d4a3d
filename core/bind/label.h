// How alike two row labels are, for matching a report's labels to the format's (their
// enumerators and words: text/enumerator.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/enumerator.h"

namespace gk::bind {

// Share of characters two keys have in common (Dice coefficient over code points), 0..1.
double similarity(std::string_view a, std::string_view b);

// The same over keys' code points sorted once (sorted_code_points), for comparing one key
// with many.
std::vector<char32_t> sorted_code_points(std::string_view key);
double similarity(const std::vector<char32_t>& a, const std::vector<char32_t>& b);
// similarity(a, b) when it is at least `least` and above `above`, else 0: the comparison
// stops as soon as too few code points are left to get there (most rows are far off).
double similarity_if(const std::vector<char32_t>& a, const std::vector<char32_t>& b, double least, double above);
// The most similarity() can give for keys of these lengths (in code points).
inline double similarity_bound(std::size_t a, std::size_t b) {
  return a + b == 0 ? 1.0 : 2.0 * static_cast<double>(a < b ? a : b) / static_cast<double>(a + b);
}

}  // namespace gk::bind
