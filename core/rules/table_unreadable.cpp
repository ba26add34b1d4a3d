// table.unreadable: a table found but not readable row by row: most of its rows missing or
// with more or fewer values than its columns, as a PDF conversion leaves a table. One
// finding for the table, naming the likely cause; its row-level findings are not given
// (each would repeat the same cause).
#include "rules/rule.h"
#include "rules/table_readable.h"

namespace gk::rules {

using bind::BoundRow, bind::BoundTable, bind::Report;
using read::Layout;
using text::Span;

namespace {

std::string likely_cause(Layout layout) {
  switch (layout) {
    case Layout::PdfLayout:
    case Layout::PdfRaw: return "多半是从 PDF 转换时表格的行列错乱";
    case Layout::PipeTable: return "多半是转换为 Markdown（常见于从 PDF 转换）时表格的行列错乱";
    default: break;
  }
  return "多半是复制或转换时表格的行列错乱";
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  const Report& r = ctx.report;
  if (r.format == nullptr) return;
  for (const BoundTable& t : r.tables) {
    const TableReading reading = table_reading(ctx.formats, r, t);
    if (!reading.unreadable) continue;
    // The table as found: from its first row read to its last.
    Span where{};
    bool any = false;
    for (const BoundRow& b : t.rows) {
      if (b.source == nullptr) continue;
      if (!any) where = b.source->span;
      any = true;
      where.begin = std::min(where.begin, b.source->span.begin);
      where.end = std::max(where.end, b.source->span.end);
    }
    out.push_back(make_finding(self, where,
                               "表格“" + t.spec->name + "”无法逐行读取：格式规定的 " + std::to_string(reading.rows) +
                                   " 行中，" + std::to_string(reading.missing) + " 行未找到、" +
                                   std::to_string(reading.misaligned) + " 行的数值个数与列数不符，" +
                                   likely_cause(ctx.doc.layout) + "；此表的缺行、列数、空白等逐行检查已略过，请对照原件核对此表"));
    out.back().cell = CellRef{t.spec->id, "", ""};
  }
}

}  // namespace

Rule rule_table_unreadable() { return Rule(RuleId::TableUnreadable).on_report(run); }

}  // namespace gk::rules
