// table.row-label: a row found by its number and likeness whose label is not the official one
// (renamed, shortened, truncated: "2.其他法律行政止公开").
#include "rules/labels.h"
#include "rules/table_walk.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  for_each_readable_row(ctx, [&](const BoundTable& t, std::size_t i, const BoundRow& b) {
    if (b.source == nullptr || !b.label || b.exact_label) return;
    out.push_back(cell_finding(self, *b.label,
                               "行标签应为“" + t.spec->rows[i].label + "”，实为“" + shown(b.label_text) + "”", t, i));
  });
}

}  // namespace

Rule rule_table_row_label() { return Rule(RuleId::TableRowLabel).on_report(run); }

}  // namespace gk::rules
