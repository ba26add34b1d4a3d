// sum.balance: the printed 勾稽关系, 一 + 二 = 三（七）总计 + 四, in every column.
#include "rules/identity_check.h"

namespace gk::rules {

Rule rule_sum_balance() { return Rule(RuleId::SumBalance).on_identity(check_identity); }

}  // namespace gk::rules
