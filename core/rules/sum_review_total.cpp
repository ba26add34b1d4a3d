// sum.review-total: in each group of 表四 (行政复议, 直接起诉, 复议后起诉),
// 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
#include "rules/identity_check.h"

namespace gk::rules {

Rule rule_sum_review_total() { return Rule(RuleId::SumReviewTotal).on_identity(check_identity); }

}  // namespace gk::rules
