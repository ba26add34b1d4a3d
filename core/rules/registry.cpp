// The rules gkcheck runs, in order. A new rule is a new file plus one line here.
#include "rules/rule.h"

namespace gk {

Rule rule_input_unreadable();
Rule rule_input_empty();
Rule rule_decode_invalid_bytes();
Rule rule_sum_row_total();
Rule rule_sum_results_total();
Rule rule_sum_balance();
Rule rule_sum_review_total();

const std::vector<Rule>& all_rules() {
  static const std::vector<Rule> rules = {
      rule_input_unreadable(), rule_input_empty(),       rule_decode_invalid_bytes(),
      rule_sum_row_total(),    rule_sum_results_total(), rule_sum_balance(),
      rule_sum_review_total(),
  };
  return rules;
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: break;
  }
  return "info";
}

}  // namespace gk
