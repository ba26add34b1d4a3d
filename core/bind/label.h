// Row labels as reports write them: an enumerator ("一、", "（三）", "1.") and the words.
#pragma once
#include <string>
#include <string_view>

namespace gk {

enum class EnumLevel { None, Top, Sub, Item };  // 一、 · （一） · 1.

struct LabelParts {
  EnumLevel level = EnumLevel::None;
  int number = 0;
  std::string words;  // the match key of the label without its enumerator
};

LabelParts parse_label(std::string_view label_text);

// Share of characters two keys have in common (Dice coefficient over code points), 0..1.
double similarity(std::string_view a, std::string_view b);

}  // namespace gk
