// What binding makes of a Document: the format it follows, its year, and its tables bound
// to the format's grid. Binding knows labels, never arithmetic.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "text/cell_value.h"
#include "bind/label.h"
#include "bind/outline.h"
#include "bind/sections.h"
#include "bind/signature.h"
#include "formats/format.h"
#include "read/document.h"

namespace gk::bind {

struct BoundValue {
  const read::Cell* cell = nullptr;
  text::CellValue value;
};

struct BoundRow {
  const read::Row* source = nullptr;  // null: the report has no such row
  std::optional<text::Span> label;  // the cells that name the row (several when it wrapped)
  std::string label_text;       // their text, joined
  std::size_t label_cell = 0;   // index in the row of the label's first cell
  bool exact_label = true;      // the label is the official one or a known variant
  std::size_t value_begin = 0;  // index in the row of its first value cell
  bool values_in_one_row = true;  // its value cells are source->cells[value_begin, +value_cells)
  std::size_t value_cells = 0;  // value cells the row carried
  std::vector<BoundValue> values;  // one per format column, or empty when the count is off
};

struct BoundTable {
  const format::TableSpec* spec = nullptr;
  std::vector<BoundRow> rows;  // parallel to spec->rows
  int found_rows = 0;          // rows of the format found in the document
};

struct Report {
  const format::Format* format = nullptr;  // null when no table of any format was found
  std::optional<int> year;
  std::vector<BoundTable> tables;
  std::vector<SectionHeading> sections;  // in text order, as aligned (bind/outline.h)
  Outline outline;                       // how the headings align with the format's outline
  Signature signature;
  // For each of the catalogue's formats: the first cell (in text order) carrying one of its markers.
  std::vector<const read::Cell*> first_marker_cell;
  const BoundTable* table(const std::string& id) const;
};

class LabelIndex;
class FormatCatalogue;
struct TableIndex;
// Binds the tables of a format, one per spec, reading the document through its label index
// (bind/label_index.h) in one walk that all of them share.
std::vector<BoundTable> bind_tables(LabelIndex& index, const std::vector<TableIndex>& tables);
// Binds the document to the catalogue's format it follows best.
Report bind_report(const read::Document& doc, const text::SourceText& text, const FormatCatalogue& formats);

}  // namespace gk::bind
