// sum.row-total: on every row of the applications table, 总计 = the six applicant columns.
#include "rules/identity_check.h"

namespace gk {

Rule rule_sum_row_total() {
  Rule r("sum.row-total", Severity::Error, "每一行的“总计”列等于自然人与五类法人或其他组织之和");
  r.per_identity = check_identity;
  return r;
}

}  // namespace gk
