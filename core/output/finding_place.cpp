#include "output/finding_place.h"

#include <algorithm>

#include "rules/labels.h"
#include "shape/prose_runs.h"
#include "text/utf8.h"

namespace gk::output {

using format::TableSpec;
using rules::CellRef, rules::Finding;
using text::Span;

namespace {

// "表三 ·（七）总计 · 自然人": parts joined by " · ", no space before a full-width bracket.
std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += p.rfind("（", 0) == 0 ? " ·" : " · ";
    out += p;
  }
  return out;
}

// A label without the note the format adds in brackets at its end:
// "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" → "（二）部分公开",
// "本年收费金额（单位：万元）" → "本年收费金额".
std::string without_note(std::string label) {
  static const std::string open = "（", close = "）";
  if (label.size() <= close.size() || label.compare(label.size() - close.size(), close.size(), close) != 0)
    return label;
  const std::size_t at = label.rfind(open);
  if (at == std::string::npos || at == 0) return label;
  label.resize(at);
  return label;
}

std::string section_name(int n) {
  std::string numeral = rules::chinese_numeral(n);  // "三、"
  const std::string comma = "、";
  if (numeral.size() > comma.size() && numeral.compare(numeral.size() - comma.size(), comma.size(), comma) == 0)
    numeral.resize(numeral.size() - comma.size());
  return "第" + numeral + "部分";
}

bool has_cjk(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = text::next_code_point(s, i);
    if (cp >= 0x4E00 && cp <= 0x9FFF) return true;
  }
  return false;
}

// Whether a paragraph begins one as a reader counts them: after a sentence's end or a short
// line (a subheading), or indented; not a line a PDF's width wrapped, nor one after a page's
// folio ("-1-").
bool starts_paragraph(const text::SourceText& text, const read::Paragraph& prev, const read::Paragraph& cur) {
  const std::size_t line_begin = text.line_span(text.line_of(cur.span.begin)).begin;
  if (line_begin < cur.span.begin) return true;  // indented
  if (prev.text.empty()) return true;
  const char32_t last = text::code_point_before(prev.text, prev.text.size());
  if (shape::ends_sentence(last) || last == U'：' || last == U':') return true;
  if (last == U'，' || last == U'、' || last == U',') return false;
  return !text::more_code_points_than(prev.text, 20) && has_cjk(prev.text);
}

}  // namespace

FindingPlaces::FindingPlaces(const CheckResult& r) : r_(r) {
  const read::Document& doc = r.doc;
  const bind::Report& report = r.report;
  for (const read::Table& t : doc.tables) tables_.push_back({t.span.begin, t.span.end, nullptr});
  std::sort(tables_.begin(), tables_.end(), [](const TableAt& a, const TableAt& b) { return a.begin < b.begin; });
  for (std::size_t ti = 0; ti < report.tables.size(); ++ti) {
    const bind::BoundTable& bt = report.tables[ti];
    for (std::size_t ri = 0; ri < bt.rows.size(); ++ri) {
      const bind::BoundRow& row = bt.rows[ri];
      if (row.source == nullptr) continue;
      RowAt at{row.source->span.begin, row.source->span.end, ti, ri};
      if (row.label) at.begin = std::min(at.begin, row.label->begin), at.end = std::max(at.end, row.label->end);
      for (const bind::BoundValue& v : row.values)
        if (v.cell != nullptr) at.begin = std::min(at.begin, v.cell->span.begin), at.end = std::max(at.end, v.cell->span.end);
      rows_.push_back(at);
      // The document table the row is in is named after the first format table found in it.
      auto t = std::upper_bound(tables_.begin(), tables_.end(), row.source->span.begin,
                                [](std::size_t p, const TableAt& x) { return p < x.begin; });
      if (t != tables_.begin() && row.source->span.begin < (t - 1)->end && (t - 1)->first == nullptr)
        (t - 1)->first = bt.spec;
    }
  }
  std::sort(rows_.begin(), rows_.end(), [](const RowAt& a, const RowAt& b) { return a.begin < b.begin; });

  std::size_t ordinal = 0;
  for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
    paragraph_begin_.push_back(doc.paragraphs[i].span.begin);
    if (i == 0 || starts_paragraph(r.text, doc.paragraphs[i - 1], doc.paragraphs[i])) ++ordinal;
    paragraph_ordinal_.push_back(ordinal);
  }
  for (std::size_t i = 0; i < report.sections.size(); ++i) {
    const bind::SectionHeading& h = report.sections[i];
    if ((h.section > 0 || h.written > 0) && h.paragraph < doc.paragraphs.size()) headings_.push_back(i);
  }
  std::stable_sort(headings_.begin(), headings_.end(), [&](std::size_t a, std::size_t b) {
    return report.sections[a].span.begin < report.sections[b].span.begin;
  });
}

Place FindingPlaces::of(const Finding& f) const {
  if (f.section > 0) return {section_name(f.section), "section." + std::to_string(f.section)};
  if (f.cell && r_.report.format != nullptr) {
    Place p = of_cell(*f.cell);
    if (!p.text.empty()) return p;
  }
  Place p;
  if (of_table_text(f.span, p)) return p;
  return of_text(f.span);
}

Place FindingPlaces::of_cell(const CellRef& cell) const {
  const TableSpec* spec = nullptr;
  for (const TableSpec& t : r_.report.format->tables)
    if (t.id == cell.table) spec = &t;
  if (spec == nullptr) return {};
  const int row = cell.row.empty() ? -1 : spec->row_index(cell.row);
  const int column = cell.column.empty() ? -1 : spec->column_index(cell.column);
  std::vector<std::string> parts{spec->short_name};
  std::string anchor = spec->id;
  if (row < 0 && column < 0) {
    // A whole table: 表二's parts share a name, each is told by its title.
    int sharing = 0;
    for (const TableSpec& t : r_.report.format->tables) sharing += t.short_name == spec->short_name;
    if (sharing > 1) parts.push_back(spec->name);
  }
  if (row >= 0) {
    if (!spec->rows[static_cast<std::size_t>(row)].unlabeled)
      parts.push_back(without_note(rules::row_title(*spec, static_cast<std::size_t>(row))));
    anchor += "." + cell.row;
  }
  if (column >= 0) {
    parts.push_back(without_note(rules::column_title(*spec, static_cast<std::size_t>(column))));
    anchor += "." + cell.column;
  }
  return {joined(parts), anchor};
}

// The bound table row (or cell) a span starts in, else a format table's text as a whole.
bool FindingPlaces::of_table_text(Span s, Place& out) const {
  const std::size_t p = s.begin;
  auto it = std::upper_bound(rows_.begin(), rows_.end(), p, [](std::size_t x, const RowAt& a) { return x < a.begin; });
  // Rows read from a PDF's scattered cells may overlap: the nearest two are enough.
  for (int back = 0; back < 2 && it != rows_.begin(); ++back) {
    --it;
    if (p >= it->end && !(p == it->begin)) continue;
    const bind::BoundTable& bt = r_.report.tables[it->table];
    const bind::BoundRow& row = bt.rows[it->row];
    CellRef ref{bt.spec->id, bt.spec->rows[it->row].id, ""};
    for (std::size_t c = 0; c < row.values.size() && c < bt.spec->columns.size(); ++c) {
      const read::Cell* cell = row.values[c].cell;
      if (cell != nullptr && p >= cell->span.begin && (p < cell->span.end || p == cell->span.begin))
        ref.column = bt.spec->columns[c].id;
    }
    out = of_cell(ref);
    return !out.text.empty();
  }
  auto t = std::upper_bound(tables_.begin(), tables_.end(), p, [](std::size_t x, const TableAt& a) { return x < a.begin; });
  if (t == tables_.begin() || p >= (t - 1)->end || (t - 1)->first == nullptr) return false;
  out = of_cell(CellRef{(t - 1)->first->id, "", ""});
  // A table read as one holds all of 表二's parts: it is 表二.
  if (!out.text.empty()) out = {(t - 1)->first->short_name, (t - 1)->first->id};
  return !out.text.empty();
}

Place FindingPlaces::of_text(Span s) const {
  const std::size_t p = s.begin;
  const bind::Signature& sig = r_.report.signature;
  auto inside = [p](const std::optional<Span>& x) { return x && p >= x->begin && p < x->end; };
  // A point (an empty span) at the signature's edge or past the report's last words is where
  // a signature is missing from.
  auto touches = [p, &s](Span x) { return p >= x.begin && (p < x.end || (s.empty() && p == x.end)); };
  if ((sig.body && touches(*sig.body)) || (sig.date && touches(sig.date->span))) return {"落款", "signature"};
  if (s.empty() && !r_.doc.paragraphs.empty() && p >= r_.doc.paragraphs.back().span.end) return {"落款", "signature"};
  if (inside(sig.title_body)) return {"报告标题", "title"};

  const auto& sections = r_.report.sections;
  auto h = std::upper_bound(headings_.begin(), headings_.end(), p,
                            [&](std::size_t x, std::size_t i) { return x < sections[i].span.begin; });
  const std::size_t para = static_cast<std::size_t>(
      std::upper_bound(paragraph_begin_.begin(), paragraph_begin_.end(), p) - paragraph_begin_.begin());
  if (headings_.empty() && r_.report.format == nullptr) return {"全文", "report"};  // no report's parts to name
  if (h == headings_.begin()) {
    // Before the first section: the title (the lines up to the one naming the report), then
    // what comes before 一、.
    if (para == 0) return {"报告开头", "preamble"};
    for (std::size_t i = 0; i < para && i < 3; ++i) {
      if (i + 1 == para) return {"报告标题", "title"};
      if (r_.doc.paragraphs[i].text.find("报告") != std::string_view::npos) break;
    }
    return {"报告开头", "preamble"};
  }
  const bind::SectionHeading& heading = sections[*(h - 1)];
  const int n = heading.section > 0 ? heading.section : heading.written;
  const std::string section = "section." + std::to_string(n);
  if (p < heading.span.end) {
    // The whole heading line stands for its section; a part of it (numeral, title) is the heading's.
    if (s.begin == heading.span.begin && s.end >= heading.span.end) return {section_name(n), section};
    return {section_name(n) + "标题", section + ".heading"};
  }
  if (p >= r_.text.str().size()) return {"报告末尾", "end"};
  if (para == 0 || para - 1 <= heading.paragraph) return {section_name(n), section};
  const std::size_t k = paragraph_ordinal_[para - 1] - paragraph_ordinal_[heading.paragraph];
  if (k == 0) return {section_name(n), section};
  return {section_name(n) + "第 " + std::to_string(k) + " 段", section};
}

}  // namespace gk::output
