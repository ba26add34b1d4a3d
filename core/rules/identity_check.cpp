#include "rules/identity_check.h"

#include <string>

#include "rules/identity_blanks.h"
#include "rules/identity_eval.h"
#include "rules/labels.h"

namespace gk::rules {

using format::IdentitySpec, format::TableSpec;
using text::Quantity;

namespace {

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

Finding report_failure(const Rule& rule, const IdentityInstance& inst) {
  const TableSpec& spec = *inst.table->spec;
  const IdentityTerm* anchor = inst.anchor();
  Quantity actual = anchor->value->value.quantity;
  // The value the stated total would need for the identity to hold.
  Quantity expected = actual - inst.residual() * anchor->coefficient;
  if (inst.spec->report_sides) {
    expected = inst.lhs;
    actual = inst.rhs;
  }

  Finding f = make_finding(rule, anchor->value->cell->span, "");
  f.expected = expected;
  f.actual = actual;
  for (const IdentityTerm& t : inst.terms)
    if (&t != anchor) f.related.push_back(t.value->cell->span);
  f.cell = CellRef{spec.id, spec.rows[anchor->row].id, spec.columns[anchor->column].id};
  std::string m = inst.spec->message;
  m = replace_all(m, "{row}", row_title(spec, anchor->row));
  m = replace_all(m, "{column}", column_title(spec, anchor->column));
  m = replace_all(m, "{expected}", expected.str());
  m = replace_all(m, "{actual}", actual.str());
  m = replace_all(m, "{lhs_sum}", inst.lhs.str());
  m = replace_all(m, "{rhs_sum}", inst.rhs.str());
  m = replace_all(m, "{rhs_labels}", term_labels(spec, *inst.spec, inst.spec->rhs));
  f.message = std::move(m);
  if (inst.guessed) f.certainty = Certainty::Review;
  return f;
}

// The cells a message names: columns when the identity is checked on a row, else rows.
std::string cell_names(const TableSpec& spec, const IdentitySpec& id, const std::vector<const IdentityTerm*>& terms) {
  std::string s;
  for (const IdentityTerm* t : terms) {
    if (!s.empty()) s += "、";
    s += id.for_each_row ? column_title(spec, static_cast<std::size_t>(t->column)) : row_title(spec, static_cast<std::size_t>(t->row));
  }
  return s;
}

}  // namespace

void check_identity(const Rule& rule, const CheckContext&, const IdentityInstance& inst, Findings& out) {
  if (inst.residual() == Quantity{} || inst.anchor() == nullptr) return;
  if (inst.blanks == 0) {
    out.push_back(report_failure(rule, inst));
    return;
  }
  // With blank cells it is broken only when no counts (never negative) in them make it hold;
  // what they must be otherwise is sum.blank-cell's and table.cell-missing's to say.
  BlankReading blanks = read_blanks(inst);
  if (blanks.verdict != BlankVerdict::Impossible) return;
  Finding f = report_failure(rule, inst);
  std::vector<const bind::BoundValue*> cells;
  for (const IdentityTerm* t : blanks.blanks) cells.push_back(t->value);
  f.message += "（" + cell_names(*inst.table->spec, *inst.spec, blanks.blanks) + "为" + blanks_shown(cells) +
               "，而数量不能为负：空白处填任何数都不能使其成立）";
  out.push_back(std::move(f));
}

}  // namespace gk::rules
