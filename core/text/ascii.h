// ASCII case-insensitive search, for markup ("<TABLE", "charset=GBK") in UTF-8 text or in
// the bytes of any ASCII-compatible encoding.
#pragma once
#include <cstddef>
#include <string_view>

namespace gk::text {

// Whether `word` (lower case) stands at s[i], in any case.
inline bool iequals_at(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[k]) return false;
  }
  return true;
}

// Where `word` (lower case) first stands in s from `from` on, in any case; npos if nowhere.
inline std::size_t ifind(std::string_view s, std::string_view word, std::size_t from = 0) {
  for (std::size_t i = from; i + word.size() <= s.size(); ++i)
    if (iequals_at(s, i, word)) return i;
  return std::string_view::npos;
}

}  // namespace gk::text
