#include "rules/identity_check.h"

#include <string>

namespace gk {

namespace {

// A term's value in one line of the table, with the cells it was read from. A group row
// that carries no values of its own stands for the sum of its item rows.
struct TermValue {
  bool known = false;
  Quantity sum;
  std::vector<const Cell*> cells;
};

TermValue row_value(const BoundTable& t, int row, int column) {
  TermValue v;
  const BoundRow& b = t.rows[row];
  if (!b.values.empty()) {
    const BoundValue& bv = b.values[column];
    if (bv.value.kind != ValueKind::Number) return v;
    v.known = true;
    v.sum = bv.value.quantity;
    v.cells.push_back(bv.cell);
    return v;
  }
  const RowSpec& spec = t.spec->rows[row];
  if (spec.children.empty() || b.source != nullptr) return v;
  v.known = true;
  for (int child : spec.children) {
    TermValue c = row_value(t, child, column);
    if (!c.known) return TermValue();
    v.sum = v.sum + c.sum;
    v.cells.insert(v.cells.end(), c.cells.begin(), c.cells.end());
  }
  return v;
}

TermValue term_value(const BoundTable& t, const IdentitySpec& id, const std::string& term, int line) {
  if (id.for_each_row) return row_value(t, line, t.spec->column_index(term));
  return row_value(t, t.spec->row_index(term), line);
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
  return s;
}

std::string term_labels(const TableSpec& spec, const IdentitySpec& id, const std::vector<std::string>& terms) {
  std::string s;
  for (const std::string& term : terms) {
    if (!s.empty()) s += "、";
    s += id.for_each_row ? spec.columns[spec.column_index(term)].label : spec.rows[spec.row_index(term)].label;
  }
  return s;
}

void check_one(const Rule& rule, const IdentitySpec& id, const BoundTable& t, int line,
               std::vector<Finding>& out) {
  const TableSpec& spec = *t.spec;
  if (id.for_each_row && t.rows[line].values.empty()) return;  // only rows the report states

  Quantity lhs, rhs, anchor_value;
  std::vector<Span> related;
  const Cell* anchor_cell = nullptr;
  bool anchor_on_left = false;
  for (const auto* side : {&id.lhs, &id.rhs}) {
    for (const std::string& term : *side) {
      TermValue v = term_value(t, id, term, line);
      if (!v.known) return;  // a missing or unreadable cell: other rules report it
      (side == &id.lhs ? lhs : rhs) = (side == &id.lhs ? lhs : rhs) + v.sum;
      if (term == id.anchor && v.cells.size() == 1) {
        anchor_cell = v.cells.front();
        anchor_value = v.sum;
        anchor_on_left = side == &id.lhs;
      } else {
        for (const Cell* c : v.cells) related.push_back(c->span);
      }
    }
  }
  if (lhs == rhs || anchor_cell == nullptr) return;

  // The value the anchor would need for the identity to hold.
  Quantity expected = anchor_on_left ? rhs - (lhs - anchor_value) : lhs - (rhs - anchor_value);
  int row = id.for_each_row ? line : spec.row_index(id.anchor);
  int column = id.for_each_row ? spec.column_index(id.anchor) : line;

  Finding f;
  f.rule = rule.id;
  f.severity = rule.severity;
  f.span = anchor_cell->span;
  f.expected = expected;
  f.actual = anchor_value;
  f.related = std::move(related);
  f.cell = CellRef{spec.id, spec.rows[row].id, spec.columns[column].id};
  std::string m = id.message;
  m = replace_all(m, "{row}", spec.rows[row].label);
  m = replace_all(m, "{column}", spec.columns[column].label);
  m = replace_all(m, "{expected}", expected.str());
  m = replace_all(m, "{actual}", anchor_value.str());
  m = replace_all(m, "{lhs_sum}", lhs.str());
  m = replace_all(m, "{rhs_sum}", rhs.str());
  m = replace_all(m, "{rhs_labels}", term_labels(spec, id, id.rhs));
  f.message = std::move(m);
  out.push_back(std::move(f));
}

}  // namespace

void check_identities(const Rule& rule, const CheckContext& ctx, std::vector<Finding>& out) {
  if (ctx.report.format == nullptr) return;
  for (const IdentitySpec& id : ctx.report.format->identities) {
    if (id.rule != rule.id) continue;
    const BoundTable* t = ctx.report.table(id.table);
    if (t == nullptr) continue;
    std::size_t lines = id.for_each_row ? t->spec->rows.size() : t->spec->columns.size();
    for (std::size_t line = 0; line < lines; ++line) check_one(rule, id, *t, static_cast<int>(line), out);
  }
}

}  // namespace gk
