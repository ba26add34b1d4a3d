// sum.balance: the printed 勾稽关系, 一 + 二 = 三（七）总计 + 四, in every column.
#include "rules/identity_check.h"

namespace gk {

Rule rule_sum_balance() {
  Rule r("sum.balance", Severity::Error, "每一列“一、本年新收”加“二、上年结转”等于“（七）总计”加“四、结转下年度继续办理”");
  r.per_identity = check_identity;
  return r;
}

}  // namespace gk
