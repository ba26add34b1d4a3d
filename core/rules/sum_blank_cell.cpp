// sum.blank-cell: a blank (or "/", "—") cell the table's sums say cannot be 0: a 总计 left
// blank while its items are filled, an item left blank while its total and the other items
// are filled. Counts are never negative, so one identity with its blanks on one side fixes
// what they hold: the value of one cell, or what several add up to.
#include "rules/identity_blanks.h"
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk::rules {

using bind::BoundTable, bind::BoundValue;
using format::TableSpec;
using text::Quantity;

namespace {

std::string names(const TableSpec& spec, const BlankValue& v) {
  std::string s;
  for (const IdentityTerm* t : v.cells)
    s += (s.empty() ? "" : "、") + cell_title(spec, static_cast<std::size_t>(t->row), static_cast<std::size_t>(t->column));
  return s;
}

// "3", or "3 或 4" when the identities disagree.
std::string values(const BlankValue& v) {
  std::string s;
  for (const Quantity& q : v.values) s += (s.empty() ? "" : " 或 ") + q.str();
  if (v.values.size() > 1) s += "（各加总关系所得不一致）";
  return s;
}

std::vector<const BoundValue*> cells_of(const BlankValue& v) {
  std::vector<const BoundValue*> cells;
  for (const IdentityTerm* t : v.cells) cells.push_back(t->value);
  return cells;
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  for (const BoundTable& t : ctx.report.tables) {
    const std::vector<BlankValue> found = blank_values(ctx.evaluation, t);
    if (found.empty()) continue;
    const TableSpec& spec = *t.spec;
    const BlankValue& first = found.front();
    std::string message = spec.short_name;
    if (found.size() == 1) {
      message += names(spec, first) + "为" + blanks_shown(cells_of(first)) + "，按本表加总关系" +
                 (first.cells.size() > 1 ? "其和" : "") + "应为 " + values(first);
    } else {
      message += "有 " + std::to_string(found.size()) + " 处空白按本表加总关系不能为 0：";
      for (std::size_t k = 0; k < found.size() && k < kBlanksListed; ++k)
        message += (k > 0 ? "；" : "") + names(spec, found[k]) + (found[k].cells.size() > 1 ? "之和" : "") + "应为 " +
                   values(found[k]);
      if (found.size() > kBlanksListed) message += "；等";
    }
    const IdentityTerm& at = *first.cells.front();
    Finding f = make_finding(self, at.value->cell->span, std::move(message));
    f.expected = first.values.front();
    for (const BlankValue& v : found)
      if (v.guessed) f.certainty = Certainty::Review;  // read through a shifted row
    f.cell = CellRef{spec.id, spec.rows[static_cast<std::size_t>(at.row)].id, spec.columns[static_cast<std::size_t>(at.column)].id};
    for (const BlankValue& v : found)
      for (const IdentityTerm* c : v.cells)
        if (c != &at) f.related.push_back(c->value->cell->span);
    out.push_back(std::move(f));
  }
}

}  // namespace

Rule rule_sum_blank_cell() { return Rule(RuleId::SumBlankCell).on_report(run); }

}  // namespace gk::rules
