// table.row-missing: a table is there but one of its rows is not.
#include <optional>

#include "bind/format_catalogue.h"
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk::rules {

using bind::BoundTable, bind::FormatCatalogue, bind::Report;
using format::RowSpec;
using text::Span;

namespace {

// A row is accounted for when it is written, when its group is written as one row in an
// older format's shape (format.outdated reports that), or when it is a group whose items are.
bool accounted_for(const FormatCatalogue& formats, const Report& r, const BoundTable& t, int i) {
  const RowSpec& spec = t.spec->rows[i];
  if (t.rows[i].source != nullptr) return true;
  if (!spec.children.empty()) return true;  // judged through its items
  if (spec.parent >= 0 && t.rows[spec.parent].source != nullptr &&
      formats.older_with_single_row(*r.format, t.spec->id, t.spec->rows[spec.parent].id) != nullptr)
    return true;
  return false;
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const Report& r = ctx.report;
  if (r.format == nullptr) return;
  for (const BoundTable& t : r.tables) {
    if (t.found_rows == 0) continue;  // table.missing
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      if (accounted_for(ctx.formats, r, t, static_cast<int>(i))) continue;
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
