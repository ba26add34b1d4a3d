// The format's identities evaluated on a report: each one, per row or column, as a linear
// form over the cells it reads (+1 on the left side, -1 on the right). Shared by the sum
// rules, which report the forms that do not vanish, and by sum.suggested-fix, which looks
// for the fewest cells whose correction makes every form vanish.
#pragma once
#include <vector>

#include "bind/report.h"

namespace gk::rules {

struct IdentityTerm {
  const bind::BoundValue* value;
  int coefficient;  // +1 left side, -1 right side
  int row;          // spec row index of the cell
  int column;       // spec column index of the cell
};

struct IdentityInstance {
  const format::IdentitySpec* spec = nullptr;
  const bind::BoundTable* table = nullptr;
  int line = 0;                    // the row (for_each_row) or column it was checked on
  std::vector<IdentityTerm> terms;
  text::Quantity lhs, rhs;
  const IdentityTerm* anchor() const;  // the stated total the failure is reported at
  text::Quantity residual() const { return lhs - rhs; }
};

// Every identity instance whose cells all hold numbers (others cannot be judged).
std::vector<IdentityInstance> evaluate_identities(const bind::Report& report);

}  // namespace gk::rules
