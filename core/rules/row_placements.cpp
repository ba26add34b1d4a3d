#include "rules/row_placements.h"

#include "rules/labels.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable, bind::BoundValue;
using read::Cell;
using text::parse_cell_value, text::Span, text::ValueKind;

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string quoted(const Cell& c) { return c.text.empty() ? "（空白）" : "“" + shown(c.text) + "”"; }

}  // namespace

RowPlacements row_placements(const BoundTable& t, int row, std::deque<Cell>& made) {
  RowPlacements out;
  out.row = row;
  const BoundRow& b = t.rows[static_cast<std::size_t>(row)];
  const std::size_t columns = t.spec->columns.size();
  if (b.source == nullptr || !b.values.empty() || columns < 2) return out;
  if (b.value_cells != columns + 1 && b.value_cells + 1 != columns) return out;
  if (!b.values_in_one_row || b.value_begin + b.value_cells > b.source->cells.size()) return out;
  const Cell* cells = &b.source->cells[b.value_begin];
  const std::size_t n = b.value_cells;
  auto value = [](const Cell& c) { return BoundValue{&c, parse_cell_value(c.text)}; };
  if (n == columns + 1) {
    // One value too many: an empty cell dropped first (a slot a span left), then each value
    // (of a run of equal values, the first: dropping any gives the same row).
    for (bool empty_first : {true, false})
      for (std::size_t k = 0; k < n; ++k) {
        if (cells[k].text.empty() != empty_first) continue;
        if (k > 0 && cells[k - 1].text == cells[k].text) continue;  // the same values as dropping k - 1
        Placement p;
        for (std::size_t i = 0; i < n; ++i)
          if (i != k) p.values.push_back(value(cells[i]));
        p.how = "去掉第 " + std::to_string(k + 1) + " 个数值" + quoted(cells[k]);
        out.options.push_back(std::move(p));
      }
    // Two neighbouring digits that are one number ("2" "0" for 20); a number does not start with 0.
    for (std::size_t k = 0; k + 1 < n; ++k) {
      if (!all_digits(cells[k].text) || !all_digits(cells[k + 1].text) || cells[k].text[0] == '0') continue;
      const std::string digits = std::string(cells[k].text) + std::string(cells[k + 1].text);
      text::CellValue joined = parse_cell_value(digits);
      if (joined.kind != ValueKind::Number) continue;
      made.push_back(Cell{Span{cells[k].span.begin, cells[k + 1].span.end}, cells[k].text});
      Placement p;
      for (std::size_t i = 0; i < n; ++i) {
        if (i == k + 1) continue;
        p.values.push_back(i == k ? BoundValue{&made.back(), joined} : value(cells[i]));
      }
      p.how = "第 " + std::to_string(k + 1) + "、" + std::to_string(k + 2) + " 个数值" + quoted(cells[k]) +
              quoted(cells[k + 1]) + "合为“" + digits + "”";
      p.first = &cells[k];
      p.second = &cells[k + 1];
      p.first_index = k + 1;
      p.joined = joined.quantity;
      out.options.push_back(std::move(p));
    }
    return out;
  }
  // One value too few: the missing one in each column in turn, an empty cell where it was.
  for (std::size_t k = 0; k < columns; ++k) {
    const std::size_t at = k < n ? cells[k].span.begin : cells[n - 1].span.end;
    made.push_back(Cell{Span{at, at}, std::string_view()});
    Placement p;
    for (std::size_t i = 0; i < columns; ++i) {
      if (i == k) p.values.push_back(BoundValue{&made.back(), text::CellValue{}});
      else p.values.push_back(value(cells[i < k ? i : i - 1]));
    }
    p.how = "「" + column_title(*t.spec, k) + "」列缺数值";
    p.missing = &made.back();
    out.options.push_back(std::move(p));
  }
  return out;
}

}  // namespace gk::rules
