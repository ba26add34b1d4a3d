#include "text/enumerator.h"

#include "text/normalize.h"
#include "text/saturate.h"
#include "text/utf8.h"

namespace gk::text {

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

}  // namespace gk::text
