#include "bind/cell_value.h"

#include "text/normalize.h"

namespace gk {

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
  for (const char* p : kPlaceholders)
    if (key == p) return true;
  return false;
}

// Magnitudes beyond this are not counts or amounts any report can hold.
constexpr std::int64_t kMaxWhole = 100000000000000LL;  // 10^14

}  // namespace

CellValue parse_cell_value(std::string_view cell_text) {
  CellValue v;
  std::string key = match_key(cell_text);
  if (key.empty()) return v;  // Empty
  if (is_placeholder(key)) {
    v.kind = ValueKind::Placeholder;
    return v;
  }
  std::size_t i = 0;
  bool negative = false;
  if (key[i] == '+' || key[i] == '-') negative = key[i++] == '-';
  std::int64_t whole = 0;
  std::size_t digits = 0, group_digits = 0;
  bool grouped = false, too_large = false;
  for (; i < key.size(); ++i) {
    char c = key[i];
    if (c >= '0' && c <= '9') {
      if (whole > kMaxWhole) too_large = true;
      else whole = whole * 10 + (c - '0');
      ++digits;
      ++group_digits;
    } else if (c == ',' && digits > 0 && (!grouped ? group_digits <= 3 : group_digits == 3)) {
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
  if (i < key.size() && key[i] == '.') {
    ++i;
    std::size_t frac_digits = 0;
    for (; i < key.size() && key[i] >= '0' && key[i] <= '9'; ++i, ++frac_digits) {
      if (frac_scale > 1) {
        frac_scale /= 10;
        frac += (key[i] - '0') * frac_scale;
      }
    }
    if (frac_digits == 0) {
      v.kind = ValueKind::Text;
      return v;
    }
  }
  if (i != key.size()) {
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

}  // namespace gk
