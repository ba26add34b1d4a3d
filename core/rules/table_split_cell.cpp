// table.split-cell: a row with one value too many where two neighbouring values are one
// number split by conversion ("2" "0" for 20): read as one number the table's sums hold,
// and no other placement of the row's values makes them hold.
#include "rules/labels.h"
#include "rules/table_walk.h"

namespace gk::rules {

using text::Span;

namespace {

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  for (const RowAlignment& a : ctx.evaluation.alignments) {
    if (a.outcome != RowAlignment::Outcome::Split) continue;
    const std::size_t row = static_cast<std::size_t>(a.row);
    Finding f = cell_finding(self, Span{a.first->span.begin, a.second->span.end},
                             "「" + row_title(*a.table->spec, row) + "」行第 " + std::to_string(a.first_index) + "、" +
                                 std::to_string(a.first_index + 1) + " 个数值“" + shown(a.first->text) + "”“" +
                                 shown(a.second->text) + "”应是一个数“" + a.joined.str() +
                                 "”（常见于从 PDF 转换时被拆开）；合为一个数后本表加总关系均成立，已按此核对",
                             *a.table, row);
    f.expected = a.joined;
    out.push_back(std::move(f));
  }
}

}  // namespace

Rule rule_table_split_cell() { return Rule(RuleId::TableSplitCell).on_report(run); }

}  // namespace gk::rules
