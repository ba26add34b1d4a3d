// sum.suggested-fix: when sums fail, the fewest cells whose correction makes every identity
// of the report hold, when that set is unique: one finding per cell ("表三·（七）总计·自然人：
// 应为 1，现为 0"). A typo in one cell breaks a row and a column identity by the same amount;
// this turns the contradictions into the fix, and the broken sums become its reasons.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "rules/identity_eval.h"
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk::rules {

using bind::BoundTable;
using format::CellKind, format::TableSpec;
using text::Quantity;

namespace {

// Candidates beyond this are not searched in pairs (the pair search is quadratic in them).
constexpr std::size_t kMaxPairCandidates = 64;

struct Change {
  const IdentityTerm* term;  // where the cell sits (row, column), from one instance
  Quantity delta;
};

using Fix = std::vector<Change>;

bool valid_value(const BoundTable& t, const IdentityTerm& term, Quantity q) {
  CellKind kind = t.spec->columns[term.column].kind;
  if (kind != CellKind::Change && q.scaled < 0) return false;
  if (kind != CellKind::Amount && !q.integral()) return false;
  return true;
}

// Each candidate cell's coefficient in each instance, worked out once: the searches below
// try many fixes against every instance.
struct Coefficients {
  std::size_t instances = 0;
  std::vector<int> at;  // [candidate * instances + instance]
  int operator()(std::size_t candidate, std::size_t instance) const { return at[candidate * instances + instance]; }
};

std::optional<Quantity> solve_single(const IdentityInstance& inst, int a) {
  if (a == 0) return std::nullopt;
  // residual + a * d = 0, a is ±1 (or a small integer when a cell is read twice)
  std::int64_t need = -inst.residual().scaled;
  if (need % a != 0) return std::nullopt;
  return Quantity{need / a};
}

// The fixes of the smallest size for one table's identity instances.
std::vector<Fix> search(const std::vector<IdentityInstance>& all) {
  std::vector<std::size_t> failing;
  std::vector<const IdentityTerm*> candidates;
  // Candidates by the cell they change, (row, column) of the table: every term of every
  // instance is looked up.
  const TableSpec& spec = *all.front().table->spec;
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> index(spec.rows.size() * spec.columns.size(), kNone);
  auto slot = [&](const IdentityTerm& t) -> std::size_t& {
    return index[static_cast<std::size_t>(t.row) * spec.columns.size() + static_cast<std::size_t>(t.column)];
  };
  for (std::size_t k = 0; k < all.size(); ++k) {
    if (all[k].residual() == Quantity{}) continue;
    failing.push_back(k);
    for (const IdentityTerm& t : all[k].terms)
      if (slot(t) == kNone) {
        slot(t) = candidates.size();
        candidates.push_back(&t);
      }
  }
  std::vector<Fix> fixes;
  if (failing.empty()) return fixes;
  Coefficients coef;
  coef.instances = all.size();
  coef.at.assign(candidates.size() * all.size(), 0);
  for (std::size_t k = 0; k < all.size(); ++k)
    for (const IdentityTerm& t : all[k].terms)
      if (std::size_t c = slot(t); c != kNone) coef.at[c * all.size() + k] += t.coefficient;

  const BoundTable& table = *all.front().table;
  // The changes (candidate, delta) make every instance hold and every value possible.
  auto acceptable = [&](std::initializer_list<std::pair<std::size_t, Quantity>> changes) {
    for (const auto& [c, delta] : changes) {
      if (delta == Quantity{}) return false;
      if (!valid_value(table, *candidates[c], candidates[c]->value->value.quantity + delta)) return false;
    }
    for (std::size_t k = 0; k < all.size(); ++k) {
      Quantity r = all[k].residual();
      for (const auto& [c, delta] : changes) r = r + delta * coef(c, k);
      if (r != Quantity{}) return false;
    }
    return true;
  };
  // One cell: the first failing instance fixes its delta.
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    auto d = solve_single(all[failing.front()], coef(c, failing.front()));
    if (d && acceptable({{c, *d}})) fixes.push_back({{candidates[c], *d}});
  }
  if (!fixes.empty() || candidates.size() > kMaxPairCandidates) return fixes;
  // Two cells can fix only instances that hold one of them: each failing instance must hold
  // i or j. Which failing instances each candidate is in, as bits, rules most pairs out.
  const std::size_t words = (failing.size() + 63) / 64;
  std::vector<std::uint64_t> in_failing(candidates.size() * words, 0);
  for (std::size_t c = 0; c < candidates.size(); ++c)
    for (std::size_t f = 0; f < failing.size(); ++f)
      if (coef(c, failing[f]) != 0) in_failing[c * words + f / 64] |= std::uint64_t{1} << (f % 64);
  std::vector<std::uint64_t> every(words, ~std::uint64_t{0});  // all failing instances
  if (failing.size() % 64 != 0) every.back() = (std::uint64_t{1} << (failing.size() % 64)) - 1;
  auto covers_failing = [&](std::size_t i, std::size_t j) {
    for (std::size_t w = 0; w < words; ++w)
      if ((in_failing[i * words + w] | in_failing[j * words + w]) != every[w]) return false;
    return true;
  };
  // The instances each candidate is in, in order: a pair that covers every failing instance
  // changes only the instances of its two cells (the others hold already).
  std::vector<std::vector<std::size_t>> instances_of(candidates.size());
  for (std::size_t k = 0; k < all.size(); ++k)
    for (const IdentityTerm& t : all[k].terms) {
      std::size_t c = slot(t);
      if (c == kNone) continue;
      std::vector<std::size_t>& in = instances_of[c];
      if (in.empty() || in.back() != k) in.push_back(k);
    }
  for (std::size_t c = 0; c < candidates.size(); ++c)  // a cell whose terms cancel is not in it
    instances_of[c].erase(std::remove_if(instances_of[c].begin(), instances_of[c].end(),
                                         [&](std::size_t k) { return coef(c, k) == 0; }),
                          instances_of[c].end());
  // The delta of x solved from the first instance that holds x and not y (and solves).
  auto solve_alone = [&](std::size_t x, std::size_t y) -> std::optional<Quantity> {
    for (std::size_t k : instances_of[x])
      if (coef(y, k) == 0)
        if (auto d = solve_single(all[k], coef(x, k))) return d;
    return std::nullopt;
  };
  auto pair_holds = [&](std::size_t i, Quantity dx, std::size_t j, Quantity dy) {
    for (const auto& [c, delta] : {std::make_pair(i, dx), std::make_pair(j, dy)}) {
      if (delta == Quantity{}) return false;
      if (!valid_value(table, *candidates[c], candidates[c]->value->value.quantity + delta)) return false;
    }
    for (std::size_t c : {i, j})
      for (std::size_t k : instances_of[c])
        if (all[k].residual() + dx * coef(i, k) + dy * coef(j, k) != Quantity{}) return false;
    return true;
  };
  // Two cells: an instance holding only one of them fixes that one's delta.
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    for (std::size_t j = i + 1; j < candidates.size(); ++j) {
      if (!covers_failing(i, j)) continue;
      std::optional<Quantity> dx = solve_alone(i, j);
      if (!dx) continue;
      std::optional<Quantity> dy = solve_alone(j, i);
      if (!dy) continue;
      if (pair_holds(i, *dx, j, *dy)) fixes.push_back({{candidates[i], *dx}, {candidates[j], *dy}});
    }
  }
  return fixes;
}

// "表三·（七）总计·自然人"
std::string cell_name(const TableSpec& spec, const IdentityTerm& t) {
  return spec.short_name + "·" + row_title(spec, t.row) + "·" + column_title(spec, t.column);
}

// One finding per cell to change, each with its own value, numbered from `next_id`: the
// broken sums are linked to them afterwards (rules/fix_links.h).
void suggest(const Rule& self, const std::vector<IdentityInstance>& all, unsigned& next_id, Findings& out) {
  std::vector<Fix> fixes = search(all);
  if (fixes.size() != 1) return;  // none, or several equally small: no honest suggestion
  const Fix& fix = fixes.front();
  const TableSpec& spec = *all.front().table->spec;
  for (std::size_t i = 0; i < fix.size(); ++i) {
    const IdentityTerm& t = *fix[i].term;
    const Quantity now = t.value->value.quantity;
    std::string others;
    for (std::size_t j = 0; j < fix.size(); ++j)
      if (j != i) others += (others.empty() ? "" : "、") + cell_name(spec, *fix[j].term);
    std::string message = cell_name(spec, t) + "：应为 " + (now + fix[i].delta).str() + "，现为 " + now.str() + "（" +
                          (others.empty() ? "如此" : "与" + others + "一并") + "更正后，本表所有加总关系均成立）";
    Finding f = make_finding(self, t.value->cell->span, std::move(message));
    f.expected = now + fix[i].delta;
    f.actual = now;
    f.cell = CellRef{spec.id, spec.rows[t.row].id, spec.columns[t.column].id};
    for (std::size_t j = 0; j < fix.size(); ++j)
      if (j != i) f.related.push_back(fix[j].term->value->cell->span);
    f.fix = FixLink{next_id++, true};
    out.push_back(std::move(f));
  }
}

// Each table's identities are solved on their own: a typo in 表四 must not hide the fix
// for 表三.
void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const std::vector<IdentityInstance>& all = ctx.evaluation.clean;
  unsigned next_id = 1;
  for (const BoundTable& t : ctx.report.tables) {
    std::vector<IdentityInstance> mine;
    for (const IdentityInstance& inst : all)
      if (inst.table == &t) mine.push_back(inst);
    if (!mine.empty()) suggest(self, mine, next_id, out);
  }
}

}  // namespace

Rule rule_sum_suggested_fix() { return Rule(RuleId::SumSuggestedFix).on_report(run); }

}  // namespace gk::rules
