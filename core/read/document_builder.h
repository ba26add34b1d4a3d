// Assembles a Document block by block; shared by the plain-text readers.
#pragma once
#include "read/document.h"
#include "read/line_scan.h"

namespace gk::read {

class DocumentBuilder {
 public:
  DocumentBuilder(const text::SourceText& text, Layout layout) : text_(text) { doc_.layout = layout; }

  void paragraph(text::Span line);
  void add(const Paragraph& p);  // a paragraph already read
  Table& table();          // the open table, opened if there is none
  void close_table();      // ends the open table, dropping it if it has no rows
  bool table_open() const { return table_open_; }
  Document finish();

 private:
  const text::SourceText& text_;
  Document doc_;
  bool table_open_ = false;
};

Cell make_cell(const text::SourceText& text, text::Span raw);
void update_row_span(Row& row);

}  // namespace gk::read
