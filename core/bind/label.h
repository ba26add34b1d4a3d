// Row labels as reports write them: an enumerator ("一、", "（三）", "1.") and the words.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gk {

enum class EnumLevel { None, Top, Sub, Item };  // 一、 · （一） · 1.

struct LabelParts {
  EnumLevel level = EnumLevel::None;
  int number = 0;
  std::string words;  // the match key of the label without its enumerator
};

LabelParts parse_label(std::string_view label_text);
// The same for a label already turned into its match key (text/normalize.h).
LabelParts parse_label_key(std::string key);
// Where the enumerator a label's match key starts with ends (0 when it has none), with its
// level and number set in `parts` (its words left alone).
std::size_t read_enumerator(std::string_view key, LabelParts& parts);

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

}  // namespace gk
