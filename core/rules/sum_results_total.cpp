// sum.results-total: in every column, （七）总计 = （一）+（二）+ all items of （三）to（六）.
#include "rules/identity_check.h"

namespace gk::rules {

Rule rule_sum_results_total() { return Rule(RuleId::SumResultsTotal).on_identity(check_identity); }

}  // namespace gk::rules
