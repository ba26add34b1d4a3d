// What a table cell holds once read as a value: a number, nothing, a placeholder such as
// "/" or "—" where a number belongs, or text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace gk::text {

// Exact decimal: the value times 10^4, so counts and 万元 amounts add up without rounding.
struct Quantity {
  static constexpr std::int64_t kScale = 10000;
  std::int64_t scaled = 0;

  static Quantity of(std::int64_t whole) { return {whole * kScale}; }
  bool integral() const { return scaled % kScale == 0; }
  double as_double() const { return static_cast<double>(scaled) / kScale; }
  std::string str() const;  // "12", "-3", "96171.6"
};

inline Quantity operator+(Quantity a, Quantity b) { return {a.scaled + b.scaled}; }
inline Quantity operator-(Quantity a, Quantity b) { return {a.scaled - b.scaled}; }
inline Quantity operator*(Quantity a, int k) { return {a.scaled * k}; }
inline bool operator==(Quantity a, Quantity b) { return a.scaled == b.scaled; }
inline bool operator!=(Quantity a, Quantity b) { return a.scaled != b.scaled; }

enum class ValueKind { Number, Empty, Placeholder, Text, TooLarge };

struct CellValue {
  ValueKind kind = ValueKind::Empty;
  Quantity quantity;
  bool is_value_like() const { return kind != ValueKind::Text; }
};

// Reads a cell's text: NFKC digits, thousands separators ("1,234"), a sign, decimals.
CellValue parse_cell_value(std::string_view cell_text);

}  // namespace gk::text
