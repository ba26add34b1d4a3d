#include "rules/fix_links.h"

#include <algorithm>
#include <string>

#include "rules/rule.h"

namespace gk::rules {

namespace {

struct FixCell {
  const Finding* finding;
  std::size_t index;  // in the findings
};

// Whether the identity finding `f` adds up the fix's cell.
bool adds_up(const Finding& f, const Finding& fix) {
  if (f.cell->table != fix.cell->table) return false;
  if (f.span.begin == fix.span.begin) return true;
  return std::any_of(f.related.begin(), f.related.end(), [&](text::Span s) { return s.begin == fix.span.begin; });
}

bool is_identity_rule(const std::string& id) {
  for (const Rule& rule : all_rules())
    if (rule.id == id) return rule.per_identity != nullptr;
  return false;
}

}  // namespace

void link_fixes(std::vector<Finding>& findings) {
  std::vector<FixCell> fixes;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (findings[i].fix && findings[i].fix->is_fix && findings[i].cell) fixes.push_back({&findings[i], i});
  if (fixes.empty()) return;
  // In the order of their ids: a sum adding up two cells of one fix goes under the first.
  std::sort(fixes.begin(), fixes.end(), [](const FixCell& a, const FixCell& b) { return a.finding->fix->id < b.finding->fix->id; });
  for (Finding& f : findings) {
    if (f.fix || !f.cell || f.summarised != 0 || !is_identity_rule(f.rule)) continue;
    for (const FixCell& fix : fixes) {
      if (!adds_up(f, *fix.finding)) continue;
      f.fix = FixLink{fix.finding->fix->id, false};
      if (f.certainty == Certainty::Review) findings[fix.index].certainty = Certainty::Review;
      break;
    }
  }
}

}  // namespace gk::rules
