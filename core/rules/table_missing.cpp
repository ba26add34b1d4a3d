// table.missing: a table the format requires is not in the report at all.
#include "bind/format_catalogue.h"
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk::rules {

using bind::BoundTable, bind::Report, bind::SectionHeading;
using format::Format, format::TableSpec;
using text::Span;

namespace {

void report_missing(const Rule& self, const Report& r, const TableSpec& spec, Findings& out) {
  // Point at the section the table belongs in, when its heading is there.
  Span where{};
  for (const SectionHeading& h : r.sections)
    if (h.section == spec.section) where = h.span;
  out.push_back(make_finding(self, where, "缺少第" + chinese_numeral(spec.section) + "部分的表格“" + spec.name + "”"));
  out.back().cell = CellRef{spec.id, "", ""};
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const Report& r = ctx.report;
  if (r.format != nullptr) {
    for (const BoundTable& t : r.tables)
      if (t.found_rows == 0) report_missing(self, r, *t.spec, out);
    return;
  }
  // A report (its sections are there) without any table: every table of the format due.
  if (r.sections.empty()) return;
  const Format* due = r.year ? ctx.formats.in_force(*r.year) : nullptr;
  if (due == nullptr) due = &ctx.formats.newest();
  for (const TableSpec& spec : due->tables) report_missing(self, r, spec, out);
}

}  // namespace

Rule rule_table_missing() { return Rule(RuleId::TableMissing).on_report(run); }

}  // namespace gk::rules
