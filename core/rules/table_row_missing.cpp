// table.row-missing: a table is there but one of its rows is not.
#include <optional>

#include "bind/format_catalogue.h"
#include "rules/labels.h"
#include "rules/rule.h"
#include "rules/table_readable.h"

namespace gk::rules {

using bind::BoundTable, bind::FormatCatalogue, bind::Report;
using text::Span;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const Report& r = ctx.report;
  if (r.format == nullptr) return;
  for (const BoundTable& t : r.tables) {
    if (t.found_rows == 0) continue;  // table.missing
    if (table_unreadable(ctx.formats, r, t)) continue;  // table.unreadable
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      if (row_accounted_for(ctx.formats, r, t, static_cast<int>(i))) continue;
      // Where it should have been: before the next row that is there, else after the last.
      std::optional<Span> where;
      for (std::size_t j = i + 1; j < t.rows.size() && !where; ++j)
        if (t.rows[j].source != nullptr) where = Span{t.rows[j].source->span.begin, t.rows[j].source->span.begin};
      for (std::size_t j = i; j-- > 0 && !where;)
        if (t.rows[j].source != nullptr) where = Span{t.rows[j].source->span.end, t.rows[j].source->span.end};
      out.push_back(make_finding(self, where.value_or(Span{}), "表格“" + t.spec->name + "”缺少“" + row_title(*t.spec, i) + "”行"));
      out.back().cell = CellRef{t.spec->id, t.spec->rows[i].id, ""};
    }
  }
}

}  // namespace

Rule rule_table_row_missing() { return Rule(RuleId::TableRowMissing).on_report(run); }

}  // namespace gk::rules
