#include "read/line_scan.h"

#include "text/utf8.h"

namespace gk::read {

using text::is_blank, text::next_code_point, text::previous_boundary, text::SourceText, text::Span;

Span trim_span(const SourceText& text, Span s) {
  std::string_view v = text.str();
  std::size_t b = s.begin, e = s.end;
  while (b < e) {
    std::size_t i = b;
    if (!is_blank(next_code_point(v, i))) break;
    b = i;
  }
  while (e > b) {
    std::size_t start = previous_boundary(v, e);
    std::size_t i = start;
    if (!is_blank(next_code_point(v, i))) break;
    e = start;
  }
  return {b, e};
}

bool is_blank_line(const SourceText& text, Span line) { return trim_span(text, line).empty(); }

MarkedLine strip_markup(const SourceText& text, Span line) {
  MarkedLine r;
  Span s = trim_span(text, line);
  std::string_view v = text.view(s);
  // Word's bookmark anchors, exported as text by some converters.
  if (v.rfind("[bookmark:", 0) == 0) {
    std::size_t close = v.find(']');
    if (close != std::string_view::npos) {
      s.begin += close + 1;
      s = trim_span(text, s);
      v = text.view(s);
    }
  }
  std::size_t hashes = 0;
  while (hashes < v.size() && v[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes <= 6 && hashes < v.size() && v[hashes] == ' ') {
    r.heading_level = static_cast<int>(hashes);
    r.markup = true;
    s.begin += hashes;
    s = trim_span(text, s);
    v = text.view(s);
  }
  if (v.size() >= 4 && v.substr(0, 2) == "**" && v.substr(v.size() - 2) == "**") {
    r.markup = true;
    s.begin += 2;
    s.end -= 2;
    s = trim_span(text, s);
  }
  r.content = s;
  return r;
}

bool looks_numbered(std::string_view line) {
  std::size_t i = 0;
  if (line.empty()) return false;
  char32_t first = next_code_point(line, i);
  static const std::u32string numerals = U"一二三四五六七八九十";
  if (first == U'（' || first == U'(') return true;
  bool numeral = numerals.find(first) != std::u32string::npos;
  bool digit = (first >= '0' && first <= '9') || (first >= U'０' && first <= U'９');
  if (!numeral && !digit) return false;
  while (i < line.size()) {
    char32_t c = next_code_point(line, i);
    bool more = numeral ? numerals.find(c) != std::u32string::npos
                        : (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９');
    if (more) continue;
    return c == U'、' || c == '.' || c == U'．' || c == U'，' || c == ',';
  }
  return false;
}

}  // namespace gk::read
