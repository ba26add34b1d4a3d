// cross.carry-over: across reports of one body for consecutive years, this year's
// 二、上年结转 must equal last year's 四、结转下年度继续办理, column by column. It needs
// several reports at once: its one hook is across reports (check_across(), core/check.h).
#include <string>

#include "check.h"
#include "rules/labels.h"
#include "rules/last_year.h"
#include "rules/rule.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable;
using format::CarryOverSpec, format::TableSpec;
using text::CellValue, text::ValueKind;

namespace {

// The report's row that its format's carry-over names by `which` (carried_in, carried_out).
const BoundRow* row(const CheckResult& r, std::string CarryOverSpec::*which) {
  if (r.report.format == nullptr) return nullptr;
  const CarryOverSpec& carry_over = r.report.format->carry_over;
  const BoundTable* t = r.report.table(carry_over.table);
  if (t == nullptr) return nullptr;
  int i = t->spec->row_index(carry_over.*which);
  if (i < 0 || t->rows[i].values.empty()) return nullptr;
  return &t->rows[i];
}

void compare(const Rule& rule, const CheckResult& last, CheckResult& now) {
  const BoundRow* out = row(last, &CarryOverSpec::carried_out);
  const BoundRow* in = row(now, &CarryOverSpec::carried_in);
  if (out == nullptr || in == nullptr) return;
  const CarryOverSpec& carry_over = now.report.format->carry_over;
  const TableSpec& spec = *now.report.table(carry_over.table)->spec;
  for (std::size_t c = 0; c < in->values.size() && c < out->values.size(); ++c) {
    const CellValue& a = out->values[c].value;
    const CellValue& b = in->values[c].value;
    if (a.kind != ValueKind::Number || b.kind != ValueKind::Number || a.quantity == b.quantity) continue;
    Finding f = make_finding(rule, in->values[c].cell->span,
                             "「" + column_title(spec, c) + "」列：二、上年结转应为 " + a.quantity.str() + "（" + last.file +
                                 " 中 " + std::to_string(*last.report.year) + " 年度报告的“四、结转下年度继续办理”），实为 " +
                                 b.quantity.str());
    f.expected = a.quantity;
    f.actual = b.quantity;
    f.cell = CellRef{spec.id, carry_over.carried_in, spec.columns[c].id};
    now.findings.push_back(std::move(f));
  }
}

void check_carry_over(const Rule& rule, const std::vector<CheckResult*>& results) {
  for_each_year_pair(results, [&](const CheckResult& last, CheckResult& now) { compare(rule, last, now); });
}

}  // namespace

Rule rule_cross_carry_over() { return Rule(RuleId::CrossCarryOver).across(check_carry_over); }

}  // namespace gk::rules
