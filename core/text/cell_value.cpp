#include "text/cell_value.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::text {

std::string Quantity::str() const {
  std::int64_t whole = scaled / kScale;
  std::int64_t frac = scaled % kScale;
  std::string s;
  if (scaled < 0 && whole == 0) s = "-";
  s += std::to_string(whole);
  if (frac != 0) {
    if (frac < 0) frac = -frac;
    std::string f = std::to_string(frac + kScale).substr(1);
    while (!f.empty() && f.back() == '0') f.pop_back();
    s += "." + f;
  }
  return s;
}

namespace {

bool is_placeholder(const std::string& key) {
  static const char* const kPlaceholders[] = {"/", "-", "--", "—", "——", "–", "―", "无", "空",
                                              "×", "\\", "_", "__"};
  if (key.size() > 6) return false;  // the longest is "——"
  for (const char* p : kPlaceholders)
    if (key == p) return true;
  return false;
}

// Whether the cell holds a CJK ideograph other than 无 and 空 (placeholders when alone):
// NFKC keeps it, so the cell is neither blank, nor a placeholder, nor a number — it is
// text, known without building its key (label cells, "1.属于国家秘密" among them).
bool holds_label_ideograph(std::string_view s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (cjk_ideograph_at(s, i) && !has_at(s, i, "无") && !has_at(s, i, "空")) return true;
  return false;
}

// NFKC of the cell without its surrounding blanks; inner blanks become one ' '. The minus
// sign U+2212 reads as '-'.
std::string numeric_text(std::string_view cell_text) {
  NormalizedText n = normalize(cell_text);
  std::string out;
  bool blank = false;
  for (std::size_t i = 0; i < n.text.size();) {
    char32_t c = next_code_point(n.text, i);
    if (is_blank(c)) {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    if (c == 0x2212) c = '-';
    append_utf8(out, c);
  }
  return out;
}

// Magnitudes beyond this are not counts or amounts any report can hold; below it, the sums
// of a table's identities (tens of terms, times Quantity::kScale) stay far from overflow.
constexpr std::int64_t kMaxWhole = 1000000000000LL;  // 10^12

}  // namespace

CellValue parse_cell_value(std::string_view cell_text) {
  CellValue v;
  // Most cells are a plain count: read it without normalising.
  if (!cell_text.empty() && cell_text.size() <= 12 &&
      std::all_of(cell_text.begin(), cell_text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::int64_t whole = 0;
    for (char c : cell_text) whole = whole * 10 + (c - '0');
    v.kind = ValueKind::Number;
    v.quantity = Quantity::of(whole);
    return v;
  }
  if (cell_text.empty()) return v;  // Empty
  if (holds_label_ideograph(cell_text)) {
    v.kind = ValueKind::Text;
    return v;
  }
  std::string key = match_key(cell_text);
  if (key.empty()) return v;  // Empty
  if (is_placeholder(key)) {
    v.kind = ValueKind::Placeholder;
    return v;
  }
  // Text (a label): no sign or digit where the number would start.
  if (std::string_view("+-0123456789").find(key[0]) == std::string_view::npos &&
      key.compare(0, 3, "\xE2\x88\x92") != 0) {
    v.kind = ValueKind::Text;
    return v;
  }
  // The number itself keeps its inner blanks: "1 234" is grouped like "1,234", but "1 0"
  // is two values run together, not ten.
  std::string number = numeric_text(cell_text);
  std::size_t i = 0;
  bool negative = false;
  if (number[i] == '+' || number[i] == '-') negative = number[i++] == '-';
  std::int64_t whole = 0;
  std::size_t digits = 0, group_digits = 0;
  bool grouped = false, too_large = false;
  for (; i < number.size(); ++i) {
    char c = number[i];
    if (c >= '0' && c <= '9') {
      if (whole > kMaxWhole) too_large = true;
      else whole = whole * 10 + (c - '0');
      ++digits;
      ++group_digits;
    } else if ((c == ',' || c == ' ') && digits > 0 && (!grouped ? group_digits <= 3 : group_digits == 3)) {
      grouped = true;
      group_digits = 0;
    } else {
      break;
    }
  }
  if (digits == 0 || (grouped && group_digits != 3)) {
    v.kind = ValueKind::Text;
    return v;
  }
  std::int64_t frac = 0, frac_scale = Quantity::kScale;
  if (i < number.size() && number[i] == '.') {
    ++i;
    std::size_t frac_digits = 0;
    for (; i < number.size() && number[i] >= '0' && number[i] <= '9'; ++i, ++frac_digits) {
      if (frac_scale > 1) {
        frac_scale /= 10;
        frac += (number[i] - '0') * frac_scale;
      }
    }
    if (frac_digits == 0) {
      v.kind = ValueKind::Text;
      return v;
    }
  }
  if (i != number.size()) {
    v.kind = ValueKind::Text;
    return v;
  }
  if (too_large || whole > kMaxWhole) {
    v.kind = ValueKind::TooLarge;
    return v;
  }
  v.kind = ValueKind::Number;
  v.quantity.scaled = (whole * Quantity::kScale + frac) * (negative ? -1 : 1);
  return v;
}

}  // namespace gk::text
