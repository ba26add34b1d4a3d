// format.outdated: a report for a year when a newer format was in force, written (wholly or
// in part) on an older one. Names the first place that shows it.
#include "bind/format_catalogue.h"
#include "rules/labels.h"
#include "rules/rule.h"

namespace gk::rules {

using bind::BoundTable, bind::FormatCatalogue, bind::Report;
using format::Format, format::RowSpec;
using read::Cell;
using text::Span;

namespace {

// The first cell that carries one of the format's own labels (found while binding).
const Cell* first_marker_cell(const Report& r, const FormatCatalogue& formats, const Format& f) {
  std::size_t i = formats.position(f);
  return i < r.first_marker_cell.size() ? r.first_marker_cell[i] : nullptr;
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const Report& r = ctx.report;
  if (r.format == nullptr || !r.year) return;
  const Format* due = ctx.formats.in_force(*r.year);
  if (due == nullptr) return;
  if (r.format->in_force_from < due->in_force_from) {
    const Cell* where = first_marker_cell(r, ctx.formats, *r.format);
    Span at = where != nullptr ? where->span : Span{};
    std::string example = where != nullptr ? "（如“" + shown(where->text) + "”）" : "";
    out.push_back(make_finding(self, at,
                               std::to_string(*r.year) + "年度报告应使用" + due->title + "，但表格使用的是" +
                                   r.format->title + example));
    return;
  }
  // The right format, but a table still on an older format's headers ("本年新制作数量").
  for (const Format& older : ctx.formats.formats()) {
    if (older.in_force_from >= r.format->in_force_from) continue;
    if (const Cell* where = first_marker_cell(r, ctx.formats, older)) {
      out.push_back(make_finding(self, where->span,
                                 "表格中的“" + shown(where->text) + "”是" + older.title + "的写法，" +
                                     std::to_string(*r.year) + "年度报告应按" + r.format->title + "填写"));
      break;
    }
  }
  // The right format, but a group written as one row where this format splits it into items
  // (（六）其他处理 as one row, the 2019 shape).
  for (const BoundTable& t : r.tables) {
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const RowSpec& spec = t.spec->rows[i];
      if (spec.children.empty() || t.rows[i].source == nullptr || !t.rows[i].label) continue;
      bool items_written = false;
      for (int c : spec.children) items_written = items_written || t.rows[c].source != nullptr;
      if (items_written || ctx.formats.older_with_single_row(*r.format, t.spec->id, spec.id) == nullptr) continue;
      std::string items;
      for (int c : spec.children) items += (items.empty() ? "“" : "”“") + t.spec->rows[c].label;
      items += "”";
      out.push_back(make_finding(self, *t.rows[i].label,
                                 "“" + spec.label + "”按旧格式写成一行；" + r.format->title + "将其分为" + items));
    }
  }
}

}  // namespace

Rule rule_format_outdated() { return Rule(RuleId::FormatOutdated).on_report(run); }

}  // namespace gk::rules
