#include "rules/identity_eval.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable, bind::BoundValue, bind::Report;
using format::IdentitySpec, format::RowSpec;
using text::ValueKind;

namespace {

// Appends the cells a term reads in one line of the table. A group row that carries no
// values of its own stands for the sum of its item rows. False if some cell is no number.
bool collect(const BoundTable& t, int row, int column, int coefficient, std::vector<IdentityTerm>& out) {
  const BoundRow& b = t.rows[row];
  if (!b.values.empty()) {
    const BoundValue& v = b.values[column];
    if (v.value.kind != ValueKind::Number) return false;
    out.push_back({&v, coefficient, row, column});
    return true;
  }
  const RowSpec& spec = t.spec->rows[row];
  if (spec.children.empty() || b.source != nullptr) return false;
  for (int child : spec.children)
    if (!collect(t, child, column, coefficient, out)) return false;
  return true;
}

// The identity's terms are indexes (the build resolved them): columns when it is checked on
// every row, else rows.
bool instantiate(const IdentitySpec& id, const BoundTable& t, int line, IdentityInstance& inst) {
  inst.spec = &id;
  inst.table = &t;
  inst.line = line;
  inst.terms.reserve(id.lhs_terms.size() + id.rhs_terms.size());
  for (const auto* side : {&id.lhs_terms, &id.rhs_terms}) {
    int coefficient = side == &id.lhs_terms ? 1 : -1;
    for (int term : *side) {
      int row = id.for_each_row ? line : term;
      int column = id.for_each_row ? term : line;
      if (!collect(t, row, column, coefficient, inst.terms)) return false;
    }
  }
  for (const IdentityTerm& term : inst.terms)
    (term.coefficient > 0 ? inst.lhs : inst.rhs) = (term.coefficient > 0 ? inst.lhs : inst.rhs) + term.value->value.quantity;
  return true;
}

}  // namespace

const IdentityTerm* IdentityInstance::anchor() const {
  int row = spec->for_each_row ? line : table->spec->row_index(spec->anchor);
  int column = spec->for_each_row ? table->spec->column_index(spec->anchor) : line;
  for (const IdentityTerm& t : terms)
    if (t.row == row && t.column == column) return &t;
  return nullptr;
}

std::vector<IdentityInstance> evaluate_identities(const Report& report) {
  std::vector<IdentityInstance> out;
  if (report.format == nullptr) return out;
  std::size_t most = 0;  // instances there can be: sized once, as they are moved when it grows
  for (const IdentitySpec& id : report.format->identities)
    if (const BoundTable* t = report.table(id.table))
      most += id.for_each_row ? t->spec->rows.size() : t->spec->columns.size();
  out.reserve(most);
  for (const IdentitySpec& id : report.format->identities) {
    const BoundTable* t = report.table(id.table);
    if (t == nullptr) continue;
    std::size_t lines = id.for_each_row ? t->spec->rows.size() : t->spec->columns.size();
    for (std::size_t line = 0; line < lines; ++line) {
      if (id.for_each_row && t->rows[line].values.empty()) continue;  // only rows the report states
      IdentityInstance inst;
      if (instantiate(id, *t, static_cast<int>(line), inst)) out.push_back(std::move(inst));
    }
  }
  return out;
}

}  // namespace gk::rules
