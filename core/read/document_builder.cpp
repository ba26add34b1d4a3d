#include "read/document_builder.h"

#include <algorithm>

namespace gk::read {

using text::SourceText, text::Span;

const char* layout_name(const Document& doc) {
  switch (doc.layout) {
    case Layout::CellPerLine: return doc.markdown ? "markdown+cell-per-line" : "cell-per-line";
    case Layout::TabSeparated: return doc.markdown ? "markdown+tab-separated" : "tab-separated";
    case Layout::PdfLayout: return "pdf-layout";
    case Layout::PdfRaw: return "pdf-raw";
    case Layout::PipeTable: return doc.markdown ? "markdown+pipe-table" : "pipe-table";
    case Layout::Plain: break;
  }
  return doc.markdown ? "markdown" : "plain";
}

Cell make_cell(const SourceText& text, Span raw) {
  Cell c;
  c.span = trim_span(text, raw);
  c.text = text.view(c.span);
  return c;
}

// The row runs from its first written cell to its last; blank cells (a merged label
// column, a trailing tab) do not move it.
void update_row_span(Row& row) {
  if (row.cells.empty()) return;
  bool any = false;
  for (const Cell& c : row.cells) {
    if (c.span.empty()) continue;
    if (!any) row.span = c.span;
    any = true;
    row.span.begin = std::min(row.span.begin, c.span.begin);
    row.span.end = std::max(row.span.end, c.span.end);
  }
  if (!any) row.span = {row.cells.front().span.begin, row.cells.back().span.end};
}

void DocumentBuilder::paragraph(Span line) {
  close_table();
  MarkedLine m = strip_markup(text_, line);
  if (m.content.empty()) return;
  if (m.markup) doc_.markdown = true;
  Paragraph p;
  p.span = m.content;
  p.text = text_.view(m.content);
  p.heading_level = m.heading_level;
  add(p);
}

void DocumentBuilder::add(const Paragraph& p) {
  close_table();
  doc_.blocks.push_back(Block::of(Block::Kind::Paragraph, doc_.paragraphs.size()));
  doc_.paragraphs.push_back(p);
}

Table& DocumentBuilder::table() {
  if (!table_open_) {
    doc_.blocks.push_back(Block::of(Block::Kind::Table, doc_.tables.size()));
    doc_.tables.emplace_back();
    table_open_ = true;
  }
  return doc_.tables.back();
}

void DocumentBuilder::close_table() {
  if (!table_open_) return;
  table_open_ = false;
  Table& t = doc_.tables.back();
  if (t.rows.empty()) {
    doc_.tables.pop_back();
    doc_.blocks.pop_back();
    return;
  }
  t.span = {t.rows.front().span.begin, t.rows.back().span.end};
  for (const Row& r : t.rows) {
    t.span.begin = std::min(t.span.begin, r.span.begin);
    t.span.end = std::max(t.span.end, r.span.end);
  }
}

Document DocumentBuilder::finish() {
  close_table();
  // The document is kept for the whole check: its growth slack is given back.
  doc_.paragraphs.shrink_to_fit();
  doc_.blocks.shrink_to_fit();
  doc_.tables.shrink_to_fit();
  for (Table& t : doc_.tables) {
    t.rows.shrink_to_fit();
    for (Row& r : t.rows) r.cells.shrink_to_fit();
  }
  return std::move(doc_);
}

}  // namespace gk::read
