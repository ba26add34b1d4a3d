#include "rules/identity_eval.h"

#include <algorithm>
#include <cstdlib>

#include "rules/identity_blanks.h"
#include "rules/row_placements.h"

namespace gk::rules {

using bind::BoundTable, bind::BoundValue, bind::Report;
using format::IdentitySpec, format::RowSpec;
using text::Quantity, text::ValueKind;

bool IdentityTerm::blank() const {
  return value->value.kind == ValueKind::Empty || value->value.kind == ValueKind::Placeholder;
}

namespace {

// The values each row of a table is read with: its own, or those of a placement tried for it.
struct RowValues {
  const BoundTable* table;
  std::vector<const std::vector<BoundValue>*> placed;  // per spec row; null: the row's own values
  const std::vector<BoundValue>& of(int row) const {
    const std::vector<BoundValue>* p = placed.empty() ? nullptr : placed[static_cast<std::size_t>(row)];
    return p != nullptr ? *p : table->rows[static_cast<std::size_t>(row)].values;
  }
  bool realigned(int row) const { return !placed.empty() && placed[static_cast<std::size_t>(row)] != nullptr; }
};

// Appends the cells a term reads in one line of the table. A group row that carries no
// values of its own stands for the sum of its item rows. False if some cell is text or too
// large to read, or the row cannot be placed.
bool collect(const RowValues& rows, int row, int column, int coefficient, std::vector<IdentityTerm>& out) {
  const std::vector<BoundValue>& values = rows.of(row);
  if (!values.empty()) {
    const BoundValue& v = values[static_cast<std::size_t>(column)];
    if (v.value.kind == ValueKind::Text || v.value.kind == ValueKind::TooLarge) return false;
    out.push_back({&v, coefficient, row, column});
    return true;
  }
  const RowSpec& spec = rows.table->spec->rows[static_cast<std::size_t>(row)];
  if (spec.children.empty() || rows.table->rows[static_cast<std::size_t>(row)].source != nullptr) return false;
  for (int child : spec.children)
    if (!collect(rows, child, column, coefficient, out)) return false;
  return true;
}

// The identity's terms are indexes (the build resolved them): columns when it is checked on
// every row, else rows.
bool instantiate(const IdentitySpec& id, const RowValues& rows, int line, IdentityInstance& inst) {
  inst.spec = &id;
  inst.table = rows.table;
  inst.line = line;
  inst.terms.reserve(id.lhs_terms.size() + id.rhs_terms.size());
  for (const auto* side : {&id.lhs_terms, &id.rhs_terms}) {
    int coefficient = side == &id.lhs_terms ? 1 : -1;
    for (int term : *side) {
      int row = id.for_each_row ? line : term;
      int column = id.for_each_row ? term : line;
      if (!collect(rows, row, column, coefficient, inst.terms)) return false;
    }
  }
  for (const IdentityTerm& term : inst.terms) {
    (term.coefficient > 0 ? inst.lhs : inst.rhs) = (term.coefficient > 0 ? inst.lhs : inst.rhs) + term.value->value.quantity;
    inst.blanks += term.blank();
    inst.realigned = inst.realigned || rows.realigned(term.row);
  }
  inst.guessed = inst.realigned;
  return true;
}

// Every instance of the table's identities; with `only_realigned`, those reading a placed row.
void instantiate_all(const Report& report, const RowValues& rows, bool only_realigned, std::vector<IdentityInstance>& out) {
  const BoundTable& t = *rows.table;
  for (const IdentitySpec& id : report.format->identities) {
    if (id.table != t.spec->id) continue;
    std::size_t lines = id.for_each_row ? t.spec->rows.size() : t.spec->columns.size();
    for (std::size_t line = 0; line < lines; ++line) {
      if (id.for_each_row && rows.of(static_cast<int>(line)).empty()) continue;  // only rows the report states
      IdentityInstance inst;
      if (!instantiate(id, rows, static_cast<int>(line), inst)) continue;
      if (only_realigned && !inst.realigned) continue;
      out.push_back(std::move(inst));
    }
  }
}

// How badly a set of placements breaks the identities through them: broken instances, then
// how far off they are.
struct Damage {
  std::size_t broken = 0;
  std::int64_t off = 0;
  bool operator<(const Damage& o) const { return broken != o.broken ? broken < o.broken : off < o.off; }
};

Damage damage(const std::vector<IdentityInstance>& instances) {
  Damage d;
  for (const IdentityInstance& inst : instances) {
    bool broken = inst.blanks == 0 ? inst.residual() != Quantity{} : read_blanks(inst).verdict == BlankVerdict::Impossible;
    if (!broken) continue;
    ++d.broken;
    d.off += std::llabs(inst.residual().scaled);
  }
  return d;
}

// Combinations of placements beyond this are not tried together: each row is tried alone.
constexpr std::size_t kMaxCombinations = 1024;

// The rows of one table whose value count is off by one, tried under every placement (all
// together when there are few combinations); the instances through them under the placements
// chosen join `out.others`.
void place_rows(const Report& report, const BoundTable& t, IdentityEvaluation& out) {
  std::vector<RowPlacements> rows;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    RowPlacements p = row_placements(t, static_cast<int>(i), out.made_cells);
    if (!p.options.empty()) rows.push_back(std::move(p));
  }
  if (rows.empty()) return;
  std::size_t combinations = 1;
  for (const RowPlacements& r : rows) combinations = std::min(kMaxCombinations + 1, combinations * r.options.size());
  std::vector<std::vector<RowPlacements*>> groups;  // rows tried together
  if (combinations <= kMaxCombinations) {
    groups.emplace_back();
    for (RowPlacements& r : rows) groups.back().push_back(&r);
  } else {
    for (RowPlacements& r : rows) groups.push_back({&r});
  }
  for (const std::vector<RowPlacements*>& group : groups) {
    RowValues values{&t, std::vector<const std::vector<BoundValue>*>(t.rows.size(), nullptr)};
    std::vector<std::size_t> pick(group.size(), 0);
    // Per row, the placements some combination that holds uses.
    std::vector<std::vector<bool>> holds(group.size());
    for (std::size_t g = 0; g < group.size(); ++g) holds[g].assign(group[g]->options.size(), false);
    std::vector<std::size_t> best, first_holding;
    Damage least;
    bool any_instance = false;
    for (;;) {
      for (std::size_t g = 0; g < group.size(); ++g)
        values.placed[static_cast<std::size_t>(group[g]->row)] = &group[g]->options[pick[g]].values;
      std::vector<IdentityInstance> through;
      instantiate_all(report, values, true, through);
      any_instance = any_instance || !through.empty();
      Damage d = damage(through);
      if (best.empty() || d < least) {
        best = pick;
        least = d;
      }
      if (d.broken == 0) {
        if (first_holding.empty()) first_holding = pick;
        for (std::size_t g = 0; g < group.size(); ++g) holds[g][pick[g]] = true;
      }
      std::size_t g = 0;  // the next combination, the last row's placement changing first
      for (; g < group.size(); ++g) {
        std::size_t k = group.size() - 1 - g;
        if (++pick[k] < group[k]->options.size()) break;
        pick[k] = 0;
      }
      if (g == group.size()) break;
    }
    if (!any_instance) continue;  // no identity reads these rows
    const std::vector<std::size_t>& chosen = first_holding.empty() ? best : first_holding;
    for (std::size_t g = 0; g < group.size(); ++g) {
      const RowPlacements& r = *group[g];
      const Placement& p = r.options[chosen[g]];
      RowAlignment a;
      a.table = &t;
      a.row = r.row;
      a.how = p.how;
      a.holding = static_cast<std::size_t>(std::count(holds[g].begin(), holds[g].end(), true));
      if (first_holding.empty()) {
        a.outcome = RowAlignment::Outcome::Breaks;
      } else if (std::all_of(holds[g].begin(), holds[g].end(), [](bool h) { return h; })) {
        a.outcome = RowAlignment::Outcome::AnyHolds;
      } else {
        bool only_joins = true;
        for (std::size_t k = 0; k < r.options.size(); ++k)
          if (holds[g][k] && r.options[k].first == nullptr) only_joins = false;
        a.outcome = only_joins ? RowAlignment::Outcome::Split : RowAlignment::Outcome::Holds;
        a.first = p.first;
        a.second = p.second;
        a.first_index = p.first_index;
        a.joined = p.joined;
      }
      out.alignments.push_back(std::move(a));
      out.realigned_values.push_back(p.values);
      values.placed[static_cast<std::size_t>(r.row)] = &out.realigned_values.back();
    }
    const std::size_t first_new = out.others.size();
    instantiate_all(report, values, true, out.others);
    // A missing value the sums fix: the placement says what it is.
    for (std::size_t g = 0; g < group.size(); ++g) {
      const Placement& p = group[g]->options[chosen[g]];
      if (p.missing == nullptr) continue;
      for (std::size_t k = first_new; k < out.others.size(); ++k) {
        BlankReading b = read_blanks(out.others[k]);
        if (b.blanks.size() != 1 || b.blanks.front()->value->cell != p.missing) continue;
        if (b.verdict != BlankVerdict::NeedsValue && b.verdict != BlankVerdict::HoldsAtZero) continue;
        RowAlignment& a = out.alignments[out.alignments.size() - group.size() + g];
        a.how += "（缺的数按加总关系应为 " + b.needed.str() + "）";
        break;
      }
    }
  }
}

}  // namespace

const IdentityTerm* IdentityInstance::anchor() const {
  int row = spec->for_each_row ? line : table->spec->row_index(spec->anchor);
  int column = spec->for_each_row ? table->spec->column_index(spec->anchor) : line;
  for (const IdentityTerm& t : terms)
    if (t.row == row && t.column == column) return &t;
  return nullptr;
}

void evaluate_identities(const Report& report, std::vector<ShiftedRow> shifted, IdentityEvaluation& out) {
  out.shifted = std::move(shifted);
  if (report.format == nullptr) return;
  std::size_t most = 0;  // instances there can be: sized once, as they are moved when it grows
  for (const IdentitySpec& id : report.format->identities)
    if (const BoundTable* t = report.table(id.table))
      most += id.for_each_row ? t->spec->rows.size() : t->spec->columns.size();
  out.clean.reserve(most);
  for (std::size_t k = 0; k < report.tables.size(); ++k) {
    const BoundTable& t = report.tables[k];
    std::vector<IdentityInstance> all;
    instantiate_all(report, RowValues{&t, {}}, false, all);
    for (IdentityInstance& inst : all) {
      for (const ShiftedRow& s : out.shifted)
        for (const IdentityTerm& term : inst.terms)
          inst.guessed = inst.guessed || (s.table == k && s.row == static_cast<std::size_t>(term.row));
      (inst.blanks == 0 ? out.clean : out.others).push_back(std::move(inst));
    }
    place_rows(report, t, out);
  }
}

}  // namespace gk::rules
