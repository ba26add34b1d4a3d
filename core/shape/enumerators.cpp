#include "shape/enumerators.h"

#include "text/utf8.h"

namespace gk::shape {

using text::code_point_at;

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int chinese_digit(char32_t cp) {
  switch (cp) {
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return 0;
  }
}

std::string chinese_number(int v) {
  static const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (v <= 0 || v > 99) return std::to_string(v);
  if (v < 10) return kDigits[v];
  std::string s = v >= 20 ? kDigits[v / 10] : "";
  s += "十";
  if (v % 10) s += kDigits[v % 10];
  return s;
}

}  // namespace

int chinese_number_at(std::string_view s, std::size_t i, std::size_t* length) {
  std::size_t j = i;
  char32_t a = code_point_at(s, j);
  int value = 0;
  if (a == U'十') {
    j += 3;
    value = 10;
    int d = chinese_digit(code_point_at(s, j));
    if (d) {
      value += d;
      j += 3;
    }
  } else if (int d = chinese_digit(a)) {
    j += 3;
    value = d;
    if (code_point_at(s, j) == U'十') {
      j += 3;
      value = d * 10;
      int e = chinese_digit(code_point_at(s, j));
      if (e) {
        value += e;
        j += 3;
      }
    }
  }
  if (length) *length = value ? j - i : 0;
  return value;
}

Enumerator leading_enumerator(std::string_view s) {
  Enumerator e;
  std::size_t n = 0;
  if (!s.empty() && s[0] == '(') {
    std::size_t j = 1;
    int v = chinese_number_at(s, j, &n);
    EnumStyle style = EnumStyle::ParenChinese;
    if (!v) {
      while (j + n < s.size() && n < 2 && is_digit(s[j + n])) ++n;
      if (n) v = std::stoi(std::string(s.substr(j, n)));
      style = EnumStyle::ParenArabic;
    }
    if (v && j + n < s.size() && s[j + n] == ')') {
      char32_t after = code_point_at(s, j + n + 1);
      // "（一）项" is an article's item quoted in running text, not a heading.
      if (after == U'项' || after == U'款' || after == U'条' || after == U'目' || after == U'号' || after == U'类') return e;
      return {style, v, j + n + 1};
    }
    return e;
  }
  if (int v = chinese_number_at(s, 0, &n)) {
    char32_t after = code_point_at(s, n);
    if (after == U'是') return {EnumStyle::ShiList, v, n + 3};
    if (after == U'、') return {EnumStyle::ChineseComma, v, n + 3};
    return e;
  }
  while (n < s.size() && n < 3 && is_digit(s[n])) ++n;
  if (n == 0 || n == 3) return e;
  int v = std::stoi(std::string(s.substr(0, n)));
  char32_t after = code_point_at(s, n);
  if (after == U'、') return {EnumStyle::ArabicComma, v, n + 3};
  if (after == '.' && n + 1 < s.size() && !is_digit(s[n + 1])) return {EnumStyle::ArabicDot, v, n + 1};
  return e;
}

std::string enumerator_text(EnumStyle style, int value) {
  switch (style) {
    case EnumStyle::ShiList: return chinese_number(value) + "是";
    case EnumStyle::ParenChinese: return "（" + chinese_number(value) + "）";
    case EnumStyle::ArabicComma: return std::to_string(value) + "、";
    case EnumStyle::ChineseComma: return chinese_number(value) + "、";
    case EnumStyle::ParenArabic: return "（" + std::to_string(value) + "）";
    case EnumStyle::ArabicDot: return std::to_string(value) + ".";
    case EnumStyle::None: break;
  }
  return "";
}

}  // namespace gk::shape
