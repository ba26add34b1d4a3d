#include "rules/identity_blanks.h"

#include <algorithm>

#include "rules/labels.h"

namespace gk::rules {

using format::CellKind;
using text::Quantity;

BlankReading read_blanks(const IdentityInstance& inst) {
  BlankReading r;
  // Each blank cell's coefficient over its terms (a cell read twice counts twice).
  std::vector<int> coefficient;
  for (const IdentityTerm& t : inst.terms) {
    if (!t.blank()) continue;
    if (inst.table->spec->columns[t.column].kind == CellKind::Change) return r;  // may be negative
    auto same = std::find_if(r.blanks.begin(), r.blanks.end(),
                             [&](const IdentityTerm* b) { return b->value == t.value; });
    if (same == r.blanks.end()) {
      r.blanks.push_back(&t);
      coefficient.push_back(t.coefficient);
    } else {
      coefficient[static_cast<std::size_t>(same - r.blanks.begin())] += t.coefficient;
    }
  }
  bool left = false, right = false, unit = true;
  for (int c : coefficient) {
    left = left || c > 0;
    right = right || c < 0;
    unit = unit && (c == 1 || c == -1);
  }
  // residual + sum(c * x) = 0 over the blanks x >= 0.
  const Quantity residual = inst.residual();
  if (residual == Quantity{}) {
    r.verdict = BlankVerdict::HoldsAtZero;
    return r;
  }
  if (left == right) {  // blanks on both sides (or none that count): any residual can be met
    r.verdict = left ? BlankVerdict::Open : BlankVerdict::Impossible;
    return r;
  }
  // sum(|c| * x) must be `need`.
  const Quantity need = left ? Quantity{-residual.scaled} : residual;
  if (need.scaled < 0) {
    r.verdict = BlankVerdict::Impossible;
  } else if (unit) {
    r.verdict = BlankVerdict::NeedsValue;
    r.needed = need;
  }
  return r;
}

std::vector<BlankValue> blank_values(const IdentityEvaluation& eval, const bind::BoundTable& table) {
  std::vector<BlankValue> out;
  auto same_cells = [](const BlankValue& v, const std::vector<const IdentityTerm*>& cells) {
    if (v.cells.size() != cells.size()) return false;
    for (std::size_t i = 0; i < cells.size(); ++i)
      if (v.cells[i]->value != cells[i]->value) return false;
    return true;
  };
  for (const IdentityInstance& inst : eval.others) {
    if (inst.table != &table || inst.realigned || inst.blanks == 0) continue;
    BlankReading r = read_blanks(inst);
    if (r.verdict != BlankVerdict::NeedsValue) continue;
    std::sort(r.blanks.begin(), r.blanks.end(), [](const IdentityTerm* a, const IdentityTerm* b) {
      return a->value->cell->span.begin < b->value->cell->span.begin;
    });
    auto it = std::find_if(out.begin(), out.end(), [&](const BlankValue& v) { return same_cells(v, r.blanks); });
    if (it == out.end()) {
      out.push_back({r.blanks, {r.needed}, inst.guessed});
      continue;
    }
    if (std::find(it->values.begin(), it->values.end(), r.needed) == it->values.end()) it->values.push_back(r.needed);
    it->guessed = it->guessed || inst.guessed;
  }
  // A set that holds a cell whose value is known on its own says nothing more.
  auto alone = [&](const IdentityTerm* cell) {
    for (const BlankValue& v : out)
      if (v.cells.size() == 1 && v.cells[0]->value == cell->value) return true;
    return false;
  };
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const BlankValue& v) {
                             return v.cells.size() > 1 && std::any_of(v.cells.begin(), v.cells.end(), alone);
                           }),
            out.end());
  std::stable_sort(out.begin(), out.end(), [](const BlankValue& a, const BlankValue& b) {
    return a.cells.front()->value->cell->span.begin < b.cells.front()->value->cell->span.begin;
  });
  return out;
}

std::string blanks_shown(const std::vector<const bind::BoundValue*>& cells) {
  std::vector<std::string> kinds;
  for (const bind::BoundValue* v : cells) {
    std::string k = v->value.kind == text::ValueKind::Empty ? "空白" : "“" + shown(v->cell->text) + "”";
    if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
  }
  std::string s;
  for (const std::string& k : kinds) s += (s.empty() ? "" : "或") + k;
  return s;
}

}  // namespace gk::rules
