// sum.suggested-fix: when sums fail, the fewest cells whose correction makes every identity
// of the report hold, when that set is unique ("（七）总计·自然人 应为 1（现为 0）"). A typo in one
// cell breaks a row and a column identity by the same amount; this turns the contradictions
// into the fix.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "rules/identity_eval.h"
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk {

namespace {

// Candidates beyond this are not searched in pairs (the pair search is quadratic in them).
constexpr std::size_t kMaxPairCandidates = 64;

struct Change {
  const IdentityTerm* term;  // where the cell sits (row, column), from one instance
  Quantity delta;
};

using Fix = std::vector<Change>;

// Coefficient of cell v in an instance, 0 when absent.
int coefficient(const IdentityInstance& inst, const BoundValue* v) {
  int a = 0;
  for (const IdentityTerm& t : inst.terms)
    if (t.value == v) a += t.coefficient;
  return a;
}

bool valid_value(const BoundTable& t, const IdentityTerm& term, Quantity q) {
  CellKind kind = t.spec->columns[term.column].kind;
  if (kind != CellKind::Change && q.scaled < 0) return false;
  if (kind != CellKind::Amount && !q.integral()) return false;
  return true;
}

// Checks that applying the changes makes every instance hold and every value possible.
bool fixes_all(const std::vector<IdentityInstance>& all, const Fix& fix) {
  for (const IdentityInstance& inst : all) {
    Quantity r = inst.residual();
    for (const Change& c : fix) r = r + c.delta * coefficient(inst, c.term->value);
    if (r != Quantity{}) return false;
  }
  return true;
}

std::optional<Quantity> solve_single(const IdentityInstance& inst, const BoundValue* v, Quantity known = {}) {
  int a = coefficient(inst, v);
  if (a == 0) return std::nullopt;
  // residual + a * d + known = 0, a is ±1 (or a small integer when a cell is read twice)
  std::int64_t need = -(inst.residual().scaled + known.scaled);
  if (need % a != 0) return std::nullopt;
  return Quantity{need / a};
}

// The fixes of the smallest size for one table's identity instances.
std::vector<Fix> search(const std::vector<IdentityInstance>& all) {
  std::vector<const IdentityInstance*> failing;
  std::vector<const IdentityTerm*> candidates;
  std::set<const BoundValue*> seen;
  for (const IdentityInstance& inst : all) {
    if (inst.residual() == Quantity{}) continue;
    failing.push_back(&inst);
    for (const IdentityTerm& t : inst.terms)
      if (seen.insert(t.value).second) candidates.push_back(&t);
  }
  std::vector<Fix> fixes;
  if (failing.empty()) return fixes;
  const BoundTable& table = *all.front().table;
  auto acceptable = [&](const Fix& fix) {
    for (const Change& c : fix) {
      if (c.delta == Quantity{}) return false;
      if (!valid_value(table, *c.term, c.term->value->value.quantity + c.delta)) return false;
    }
    return fixes_all(all, fix);
  };
  // One cell: the first failing instance fixes its delta.
  for (const IdentityTerm* c : candidates) {
    auto d = solve_single(*failing.front(), c->value);
    if (!d) continue;
    Fix fix{{c, *d}};
    if (acceptable(fix)) fixes.push_back(fix);
  }
  if (!fixes.empty() || candidates.size() > kMaxPairCandidates) return fixes;
  // Two cells: an instance holding only one of them fixes that one's delta.
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    for (std::size_t j = i + 1; j < candidates.size(); ++j) {
      const BoundValue* x = candidates[i]->value;
      const BoundValue* y = candidates[j]->value;
      std::optional<Quantity> dx, dy;
      for (const IdentityInstance& inst : all) {
        int ax = coefficient(inst, x), ay = coefficient(inst, y);
        if (ax != 0 && ay == 0 && !dx) dx = solve_single(inst, x);
        if (ay != 0 && ax == 0 && !dy) dy = solve_single(inst, y);
      }
      if (!dx || !dy) continue;
      Fix fix{{candidates[i], *dx}, {candidates[j], *dy}};
      if (acceptable(fix)) fixes.push_back(fix);
    }
  }
  return fixes;
}

void suggest(const Rule& self, const std::vector<IdentityInstance>& all, std::vector<Finding>& out) {
  std::vector<Fix> fixes = search(all);
  if (fixes.size() != 1) return;  // none, or several equally small: no honest suggestion
  const Fix& fix = fixes.front();
  const TableSpec& spec = *all.front().table->spec;
  std::string message = "建议更正：";
  for (std::size_t i = 0; i < fix.size(); ++i) {
    const IdentityTerm& t = *fix[i].term;
    Quantity now = t.value->value.quantity;
    if (i > 0) message += "；";
    message += row_title(spec, t.row) + "·" + column_title(spec, t.column) + " 应为 " + (now + fix[i].delta).str() +
               "（现为 " + now.str() + "）";
  }
  message += "。如此更正后，本表所有加总关系均成立";
  const IdentityTerm& first = *fix.front().term;
  Finding f = make_finding(self, first.value->cell->span, message);
  f.expected = first.value->value.quantity + fix.front().delta;
  f.actual = first.value->value.quantity;
  f.cell = CellRef{spec.id, spec.rows[first.row].id, spec.columns[first.column].id};
  for (std::size_t i = 1; i < fix.size(); ++i) f.related.push_back(fix[i].term->value->cell->span);
  out.push_back(std::move(f));
}

// Each table's identities are solved on their own: a typo in 表四 must not hide the fix
// for 表三.
void run(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out) {
  std::vector<IdentityInstance> all = evaluate_identities(ctx.report);
  for (const BoundTable& t : ctx.report.tables) {
    std::vector<IdentityInstance> mine;
    for (const IdentityInstance& inst : all)
      if (inst.table == &t) mine.push_back(inst);
    if (!mine.empty()) suggest(self, mine, out);
  }
}

}  // namespace

Rule rule_sum_suggested_fix() {
  return {"sum.suggested-fix", Severity::Info, "加总不成立时，指出更正哪一两个单元格即可使所有加总关系成立（唯一时）", run};
}

}  // namespace gk
