// The numbering a paragraph of running text opens with (（二）, 2、, 二是), and the Chinese
// numerals it is written in.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace gk::shape {

// A Chinese numeral from 一 to 九十九 at byte i of s; its value and byte length, or 0.
int chinese_number_at(std::string_view s, std::size_t i, std::size_t* length);

// The numbering a paragraph opens with.
enum class EnumStyle { None, ShiList, ParenChinese, ArabicComma, ChineseComma, ParenArabic, ArabicDot };

struct Enumerator {
  EnumStyle style = EnumStyle::None;
  int value = 0;
  std::size_t length = 0;  // bytes of the enumerator ("（二）", "2、", "二是")
};

// The enumerator at the start of s (an NFKC view), if any. "（一）项" (a quoted article
// number) does not count.
Enumerator leading_enumerator(std::string_view s);

// "二是", "（三）", "4、" for a style and value.
std::string enumerator_text(EnumStyle style, int value);

}  // namespace gk::shape
