// sum.results-total: in every column, （七）总计 = （一）+（二）+ all items of （三）to（六）.
#include "rules/identity_check.h"

namespace gk {

Rule rule_sum_results_total() {
  Rule r("sum.results-total", Severity::Error, "每一列的“（七）总计”等于（一）至（六）各项办理结果之和");
  r.per_identity = check_identity;
  return r;
}

}  // namespace gk
