// A figure of the tables as the text rules compare it: the value of a FigureSpec on a
// report, with the cells it was read from.
#pragma once
#include <string>
#include <vector>

#include "bind/report.h"
#include "formats/format.h"
#include "read/document.h"
#include "text/cell_value.h"

namespace gk::rules {

struct TableFigure {
  const std::string* name = nullptr;  // as the format names it
  bool known = false;                 // every cell it adds was read and holds a number
  text::Quantity value;
  std::vector<const read::Cell*> cells;
};

// The figure on the report; unknown when its table is not bound, a row is missing, or a
// cell is blank or no number. A group row without values of its own adds its items.
TableFigure table_figure(const bind::Report& report, const format::FigureSpec& spec);

}  // namespace gk::rules
