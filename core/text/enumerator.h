// Labels and headings as reports write them: an enumerator ("一、", "（三）", "1.") and the
// words after it.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace gk::text {

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

}  // namespace gk::text
