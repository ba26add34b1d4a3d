// The format's identities evaluated on a report: each one, per row or column, as a linear
// form over the cells it reads (+1 on the left side, -1 on the right). Shared by the sum
// rules, which report the forms that do not vanish, by sum.suggested-fix, which looks for
// the fewest cells whose correction makes every form vanish, and by the rules on blank
// cells and on rows with one value too many or too few.
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "bind/report.h"
#include "rules/shifted_rows.h"

namespace gk::rules {

struct IdentityTerm {
  const bind::BoundValue* value;
  int coefficient;  // +1 left side, -1 right side
  int row;          // spec row index of the cell
  int column;       // spec column index of the cell
  bool blank() const;  // blank or a placeholder ("/", "—"): counted as 0 in the sums
};

struct IdentityInstance {
  const format::IdentitySpec* spec = nullptr;
  const bind::BoundTable* table = nullptr;
  int line = 0;                    // the row (for_each_row) or column it was checked on
  std::vector<IdentityTerm> terms;
  text::Quantity lhs, rhs;         // blank cells counted as 0
  int blanks = 0;                  // terms whose cell is blank (rules/identity_blanks.h reads them)
  bool realigned = false;          // reads a row whose values were placed by guess (RowAlignment)
  bool guessed = false;            // realigned, or reads a shifted row: its findings are to review
  const IdentityTerm* anchor() const;  // the stated total the failure is reported at
  text::Quantity residual() const { return lhs - rhs; }
};

// A row with one value more or fewer than the format's columns (a PDF shift, a number split
// in two), checked under every way of placing its values; the one its identities were
// checked under.
struct RowAlignment {
  enum class Outcome {
    AnyHolds,  // every placement makes every identity through the row hold
    Holds,     // `how` does (others may too)
    Split,     // only joining two neighbouring values into one number does
    Breaks,    // every placement breaks some identity; `how` breaks the fewest
  };
  const bind::BoundTable* table = nullptr;
  int row = 0;
  Outcome outcome = Outcome::Breaks;
  std::string how;  // the placement checked under: "去掉第 3 个数值“0”", "「科研机构」列缺数值"
  std::size_t holding = 0;  // placements of the row under which every identity holds
  // Split: the two cells read as one number, its index (from 1) and the number.
  const read::Cell* first = nullptr;
  const read::Cell* second = nullptr;
  std::size_t first_index = 0;
  text::Quantity joined;
};

struct IdentityEvaluation {
  // Instances whose every cell holds a number, through no realigned row: what sum.suggested-fix solves.
  std::vector<IdentityInstance> clean;
  // Instances with blank cells, or read through a realigned row.
  std::vector<IdentityInstance> others;
  std::vector<RowAlignment> alignments;  // one per row whose value count is off by one and that an identity reads
  std::vector<ShiftedRow> shifted;
  // The values of realigned rows and the cells made for them (a value missing, two joined):
  // the instances point into them.
  std::deque<std::vector<bind::BoundValue>> realigned_values;
  std::deque<read::Cell> made_cells;
};

// Every identity instance of the report (one whose cell holds text or a number too large
// cannot be judged and is left out). `out` must not move afterwards: instances point into it.
void evaluate_identities(const bind::Report& report, std::vector<ShiftedRow> shifted, IdentityEvaluation& out);

}  // namespace gk::rules
