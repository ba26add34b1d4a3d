// Walks the report's bound tables for the table rules, and makes findings about cells.
#pragma once
#include <cstddef>
#include <string>

#include "rules/rule.h"
#include "rules/table_readable.h"

namespace gk::rules {

// fn(table, row index, bound row) for every row of every table of the detected format.
template <typename Fn>
void for_each_row(const bind::Report& report, Fn fn) {
  if (report.format == nullptr) return;
  for (const bind::BoundTable& t : report.tables)
    for (std::size_t i = 0; i < t.rows.size(); ++i) fn(t, i, t.rows[i]);
}

// fn(table, row index, column index, value) for every value bound to the format's grid.
template <typename Fn>
void for_each_value(const bind::Report& report, Fn fn) {
  for_each_row(report, [&](const bind::BoundTable& t, std::size_t row, const bind::BoundRow& b) {
    for (std::size_t c = 0; c < b.values.size(); ++c) fn(t, row, c, b.values[c]);
  });
}

// The same, over the tables that can be read row by row (table.unreadable speaks for the others).
template <typename Fn>
void for_each_readable_row(const CheckContext& ctx, Fn fn) {
  if (ctx.report.format == nullptr) return;
  for (const bind::BoundTable& t : ctx.report.tables) {
    if (table_unreadable(ctx.formats, ctx.report, t)) continue;
    for (std::size_t i = 0; i < t.rows.size(); ++i) fn(t, i, t.rows[i]);
  }
}

template <typename Fn>
void for_each_readable_value(const CheckContext& ctx, Fn fn) {
  for_each_readable_row(ctx, [&](const bind::BoundTable& t, std::size_t row, const bind::BoundRow& b) {
    for (std::size_t c = 0; c < b.values.size(); ++c) fn(t, row, c, b.values[c]);
  });
}

// A finding about a row (column < 0) or a cell of a bound table.
inline Finding cell_finding(const Rule& rule, text::Span where, std::string message, const bind::BoundTable& t,
                            std::size_t row, int column = -1) {
  Finding f = make_finding(rule, where, std::move(message));
  f.cell = CellRef{t.spec->id, t.spec->rows[row].id,
                   column < 0 ? std::string() : t.spec->columns[static_cast<std::size_t>(column)].id};
  return f;
}

}  // namespace gk::rules
