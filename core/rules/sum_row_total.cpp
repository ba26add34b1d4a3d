// sum.row-total: on every row of the applications table, 总计 = the six applicant columns.
#include "rules/identity_check.h"

namespace gk::rules {

Rule rule_sum_row_total() { return Rule(RuleId::SumRowTotal).on_identity(check_identity); }

}  // namespace gk::rules
