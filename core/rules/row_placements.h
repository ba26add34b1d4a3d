// The ways of placing the values of a row that has one value more or fewer than its table's
// columns (a PDF shift, an empty slot, a number split in two by conversion): drop one value,
// say where the missing one was, or read two neighbouring values as one number.
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "bind/report.h"

namespace gk::rules {

struct Placement {
  std::vector<bind::BoundValue> values;  // one per column
  std::string how;                       // "去掉第 3 个数值“0”", "「科研机构」列缺数值", …
  // A join: the two cells read as one number, the first's index among the values (from 1).
  const read::Cell* first = nullptr;
  const read::Cell* second = nullptr;
  std::size_t first_index = 0;
  text::Quantity joined;
  const read::Cell* missing = nullptr;  // one value too few: the empty cell made where it was
};

struct RowPlacements {
  int row = 0;
  std::vector<Placement> options;  // the likeliest first: an empty cell dropped
};

// No options unless the row was found with one value more or fewer than the columns. The
// cells made for a missing value or a join go into `made`, which must outlive the options.
RowPlacements row_placements(const bind::BoundTable& t, int row, std::deque<read::Cell>& made);

}  // namespace gk::rules
