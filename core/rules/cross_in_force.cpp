// cross.in-force: across reports of one body for consecutive years, 表二's 现行有效件数 of
// this year must be last year's plus this year's 本年制发 minus this year's 本年废止, row by
// row (规章, 行政规范性文件). A document that lapses at the end of its term without being
// repealed explains a difference, so each finding is one to review.
#include <optional>
#include <string>

#include "check.h"
#include "rules/labels.h"
#include "rules/last_year.h"
#include "rules/rule.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable;
using format::InForceSpec, format::TableSpec;
using text::Quantity, text::ValueKind;

namespace {

// The format's in-force table in the report, when its format names one.
const BoundTable* in_force_table(const CheckResult& r) {
  if (r.report.format == nullptr || r.report.format->in_force.table.empty()) return nullptr;
  return r.report.table(r.report.format->in_force.table);
}

std::optional<Quantity> number(const BoundTable& t, std::size_t row, const std::string& column) {
  const BoundRow& r = t.rows[row];
  const int c = t.spec->column_index(column);
  if (c < 0 || r.values.empty()) return std::nullopt;
  const text::CellValue& v = r.values[static_cast<std::size_t>(c)].value;
  if (v.kind != ValueKind::Number) return std::nullopt;
  return v.quantity;
}

void compare(const Rule& rule, const CheckResult& last, CheckResult& now) {
  const BoundTable* before = in_force_table(last);
  const BoundTable* table = in_force_table(now);
  if (before == nullptr || table == nullptr || before->spec->id != table->spec->id) return;
  const InForceSpec& spec = now.report.format->in_force;
  const TableSpec& t = *table->spec;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const std::optional<Quantity> was = number(*before, i, spec.in_force);
    const std::optional<Quantity> issued = number(*table, i, spec.issued);
    const std::optional<Quantity> repealed = number(*table, i, spec.repealed);
    const std::optional<Quantity> is = number(*table, i, spec.in_force);
    if (!was || !issued || !repealed || !is) continue;
    const Quantity expected = *was + *issued - *repealed;
    if (expected == *is) continue;
    const std::size_t c = static_cast<std::size_t>(t.column_index(spec.in_force));
    Finding f = make_finding(
        rule, table->rows[i].values[c].cell->span,
        t.short_name + "「" + row_title(t, i) + "」：" + column_title(t, c) + "应为 " + expected.str() + "（" + last.file +
            " 中 " + std::to_string(*last.report.year) + " 年度报告的" + column_title(t, c) + " " + was->str() + "，加" +
            column_title(t, static_cast<std::size_t>(t.column_index(spec.issued))) + " " + issued->str() + "，减" +
            column_title(t, static_cast<std::size_t>(t.column_index(spec.repealed))) + " " + repealed->str() + "），实为 " +
            is->str());
    f.expected = expected;
    f.actual = *is;
    f.cell = CellRef{t.id, t.rows[i].id, t.columns[c].id};
    now.findings.push_back(std::move(f));
  }
}

void check_in_force(const Rule& rule, const std::vector<CheckResult*>& results) {
  for_each_year_pair(results, [&](const CheckResult& last, CheckResult& now) { compare(rule, last, now); });
}

}  // namespace

Rule rule_cross_in_force() { return Rule(RuleId::CrossInForce).across(check_in_force); }

}  // namespace gk::rules
