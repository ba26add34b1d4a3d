// table.cell-missing: cells left blank, "/" or "—" where the format wants a number (0 if
// none). One finding per table as readers name it (表二's four parts are one): the columns
// and rows left wholly blank, then the other cells, at the first blank cell with the others
// related. Cells whose value the sums fix are sum.blank-cell's to report.
#include <algorithm>

#include "rules/identity_blanks.h"
#include "rules/labels.h"
#include "rules/table_walk.h"

namespace gk::rules {

using bind::BoundTable, bind::BoundValue;
using format::TableSpec;
using text::ValueKind;

namespace {

bool is_blank(const BoundValue& v) { return v.value.kind == ValueKind::Empty || v.value.kind == ValueKind::Placeholder; }

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string s;
  for (const std::string& p : parts) s += (s.empty() ? "" : separator) + p;
  return s;
}

// What one table of the format says about its blank cells: parts of the message, the cells.
struct Blanks {
  std::vector<std::string> parts;
  std::vector<const BoundValue*> cells;  // every blank cell the parts name
};

// The columns blank in every row stated (a column group named as one when all of it is),
// the rows blank in every other column, and the remaining cells not in `own` (cells with a
// finding of their own).
void describe(const BoundTable& t, const std::vector<const BoundValue*>& own, Blanks& out) {
  const TableSpec& spec = *t.spec;
  std::vector<std::size_t> rows;  // rows the report states
  for (std::size_t i = 0; i < t.rows.size(); ++i)
    if (!t.rows[i].values.empty()) rows.push_back(i);
  if (rows.empty()) return;
  const std::size_t columns = spec.columns.size();
  auto blank = [&](std::size_t r, std::size_t c) { return is_blank(t.rows[r].values[c]); };
  // A column is named as such when several rows are stated, or the one row has no label (表四).
  const bool by_column = rows.size() > 1 || spec.rows[rows.front()].unlabeled;
  std::vector<bool> column_blank(columns, false);
  std::vector<const BoundValue*> cells;
  if (by_column)
    for (std::size_t c = 0; c < columns; ++c)
      column_blank[c] = std::all_of(rows.begin(), rows.end(), [&](std::size_t r) { return blank(r, c); });
  std::vector<std::string> names;  // the groups wholly blank, after the single columns
  std::string single;              // "「自然人」「总计」"
  for (std::size_t c = 0; c < columns; ++c) {
    if (!column_blank[c]) continue;
    const std::string& group = spec.columns[c].group;
    std::size_t end = c;  // a group wholly blank is named once
    while (end < columns && !group.empty() && spec.columns[end].group == group && column_blank[end]) ++end;
    bool whole_group = end > c + 1 && (c == 0 || spec.columns[c - 1].group != group) &&
                       (end == columns || spec.columns[end].group != group);
    if (whole_group) {
      std::vector<std::string> labels;
      for (std::size_t k = c; k < end; ++k) labels.push_back(spec.columns[k].label);
      names.push_back("「" + group + "」各列（" + joined(labels, "、") + "）");
      c = end - 1;
    } else {
      single += "「" + column_title(spec, c) + "」";
    }
  }
  if (!single.empty()) names.insert(names.begin(), single + "列");
  std::vector<const BoundValue*> part;
  for (std::size_t c = 0; c < columns; ++c)
    if (column_blank[c])
      for (std::size_t r : rows) part.push_back(&t.rows[r].values[c]);
  if (!names.empty()) {
    out.parts.push_back(joined(names, "、") + (rows.size() > 1 ? "全部" : "为") + blanks_shown(part));
    out.cells.insert(out.cells.end(), part.begin(), part.end());
  }
  // Rows blank in every column not already named.
  std::vector<bool> row_blank(spec.rows.size(), false);
  names.clear();
  part.clear();
  const bool other_columns = std::count(column_blank.begin(), column_blank.end(), false) > 0;
  if (columns > 1 && other_columns && !(rows.size() == 1 && spec.rows[rows.front()].unlabeled))
    for (std::size_t r : rows) {
      bool all = true;
      for (std::size_t c = 0; c < columns && all; ++c) all = column_blank[c] || blank(r, c);
      if (!all) continue;
      row_blank[r] = true;
      names.push_back("「" + row_title(spec, r) + "」行");
      for (std::size_t c = 0; c < columns; ++c)
        if (!column_blank[c]) part.push_back(&t.rows[r].values[c]);
    }
  if (!names.empty()) {
    out.parts.push_back(joined(names, "、") + "全部" + blanks_shown(part));
    out.cells.insert(out.cells.end(), part.begin(), part.end());
  }
  // The other blank cells, a row at a time.
  names.clear();
  part.clear();
  bool unnamed = false;  // rows beyond those listed
  for (std::size_t r : rows) {
    std::string columns_named;
    for (std::size_t c = 0; c < columns; ++c) {
      const BoundValue* v = &t.rows[r].values[c];
      if (column_blank[c] || row_blank[r] || !blank(r, c)) continue;
      if (std::find(own.begin(), own.end(), v) != own.end()) continue;
      columns_named += "「" + column_title(spec, c) + "」";
      part.push_back(v);
    }
    if (columns_named.empty()) continue;
    if (names.size() == kBlanksListed) {
      unnamed = true;
      continue;
    }
    names.push_back(spec.rows[r].unlabeled ? columns_named : "「" + row_title(spec, r) + "」行" + columns_named + "列");
  }
  if (!names.empty()) {
    std::string listed = joined(names, "、");
    if (unnamed) listed += "等 " + std::to_string(part.size()) + " 处";
    out.parts.push_back(listed + "为" + blanks_shown(part));
    out.cells.insert(out.cells.end(), part.begin(), part.end());
  }
}

// True when the tables' identities read some blank cell and all hold with the blanks as 0.
bool sums_hold_at_zero(const CheckContext& ctx, const BoundTable* from, const BoundTable* to) {
  bool any = false;
  for (const IdentityInstance& inst : ctx.evaluation.others) {
    if (inst.table < from || inst.table >= to || inst.realigned || inst.blanks == 0) continue;
    if (inst.residual() != text::Quantity{}) return false;
    any = true;
  }
  return any;
}

// The tables [from, to) that readers call by one name (表二's parts).
void report(const Rule& self, const CheckContext& ctx, const BoundTable* from, const BoundTable* to,
            Findings& out) {
  std::size_t stated = 0, empty = 0;
  for (const BoundTable* t = from; t != to; ++t)
    for (const bind::BoundRow& b : t->rows)
      for (const BoundValue& v : b.values) {
        ++stated;
        empty += v.value.kind == ValueKind::Empty;
      }
  const std::string& name = from->spec->short_name;
  Blanks blanks;
  std::string message;
  if (stated > 0 && empty == stated) {
    for (const BoundTable* t = from; t != to; ++t)
      for (const bind::BoundRow& b : t->rows)
        for (const BoundValue& v : b.values) blanks.cells.push_back(&v);
    message = name + "全部空白，应填写数字（没有则填 0）";
  } else {
    for (const BoundTable* t = from; t != to; ++t) {
      std::vector<const BoundValue*> own;
      for (const BlankValue& v : blank_values(ctx.evaluation, *t))
        for (const IdentityTerm* term : v.cells) own.push_back(term->value);
      describe(*t, own, blanks);
    }
    if (blanks.parts.empty()) return;
    message = name + joined(blanks.parts, "；") + "，应填写数字（没有则填 0）";
    if (sums_hold_at_zero(ctx, from, to)) message += "；按空白为 0 计，本表加总关系均成立";
  }
  std::sort(blanks.cells.begin(), blanks.cells.end(), [](const BoundValue* a, const BoundValue* b) {
    return a->cell->span.begin < b->cell->span.begin;
  });
  const BoundValue* first = blanks.cells.front();
  Finding f = make_finding(self, first->cell->span, std::move(message));
  for (std::size_t k = 1; k < blanks.cells.size(); ++k) f.related.push_back(blanks.cells[k]->cell->span);
  // The first cell, by the format's ids.
  for (const BoundTable* t = from; t != to && !f.cell; ++t)
    for (std::size_t r = 0; r < t->rows.size() && !f.cell; ++r)
      for (std::size_t c = 0; c < t->rows[r].values.size(); ++c)
        if (&t->rows[r].values[c] == first) {
          f.cell = CellRef{t->spec->id, t->spec->rows[r].id, t->spec->columns[c].id};
          break;
        }
  out.push_back(std::move(f));
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  if (ctx.report.format == nullptr) return;
  const std::vector<BoundTable>& tables = ctx.report.tables;
  for (std::size_t k = 0; k < tables.size();) {
    std::size_t end = k + 1;
    while (end < tables.size() && tables[end].spec->short_name == tables[k].spec->short_name) ++end;
    // table.unreadable speaks for a table that cannot be read row by row.
    if (std::none_of(&tables[k], tables.data() + end,
                     [&](const BoundTable& t) { return table_unreadable(ctx.formats, ctx.report, t); }))
      report(self, ctx, &tables[k], tables.data() + end, out);
    k = end;
  }
}

}  // namespace

Rule rule_table_cell_missing() { return Rule(RuleId::TableCellMissing).on_report(run); }

}  // namespace gk::rules
