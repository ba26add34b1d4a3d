// The document model every reader produces: paragraphs and tables of rows of cells, each
// with its span in the decoded text. Readers know layouts, never rules.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/source_text.h"

namespace gk::read {

struct Cell {
  text::Span span;   // the cell's text without surrounding blanks; empty cells have begin == end
  // The cell's text, a view into the SourceText the document was read from (which must
  // outlive it); a cell broken over lines keeps its line break.
  std::string_view text;
  // An empty slot a span left (a colspan's continuation, a blank beside a value under one
  // header cell that spans several columns): the binder does not count it as a value.
  bool filler = false;
};

struct Row {
  std::vector<Cell> cells;
  text::Span span;
};

struct Table {
  std::vector<Row> rows;
  text::Span span;
};

struct Paragraph {
  text::Span span;    // the line without markup and surrounding blanks
  std::string_view text;  // a view into the SourceText, as Cell::text
  int heading_level = 0;  // markdown heading level (#, ##, ...), 0 for plain text
};

// Four bytes: a document of many reports has a block per line of text.
struct Block {
  enum class Kind : std::uint32_t { Paragraph, Table };
  Kind kind : 1;
  std::uint32_t index : 31;  // into Document::paragraphs or Document::tables
  static Block of(Kind k, std::size_t i) {
    Block b;
    b.kind = k;
    b.index = static_cast<std::uint32_t>(i);
    return b;
  }
};

// Plain: no tables. PdfLayout / PdfRaw: text copied out of a PDF, as pdftotext's -layout
// (columns aligned by spaces) and -raw (reading order) modes produce it. PipeTable:
// markdown pipe tables.
enum class Layout { Plain, CellPerLine, TabSeparated, PdfLayout, PdfRaw, PipeTable };

struct Document {
  Layout layout = Layout::Plain;
  bool markdown = false;  // markdown headings or emphasis were found
  std::vector<Paragraph> paragraphs;
  std::vector<Table> tables;
  std::vector<Block> blocks;  // paragraphs and tables in reading order
};

const char* layout_name(const Document& doc);

}  // namespace gk::read
