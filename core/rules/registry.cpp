// The rules gkcheck runs. A new rule is a new file plus one line here; at one place in the
// text, findings are listed in this order.
#include "rules/rule.h"

namespace gk::rules {

Rule rule_input_unreadable();
Rule rule_input_empty();
Rule rule_decode_invalid_bytes();
Rule rule_section_missing();
Rule rule_section_order();
Rule rule_section_numbering();
Rule rule_section_outline();
Rule rule_section_title();
Rule rule_section_content();
Rule rule_section_duplicate();
Rule rule_section_empty();
Rule rule_format_outdated();
Rule rule_table_missing();
Rule rule_table_unreadable();
Rule rule_table_row_missing();
Rule rule_table_row_label();
Rule rule_table_cell_missing();
Rule rule_table_cell_invalid();
Rule rule_table_column_count();
Rule rule_table_split_cell();
Rule rule_table_shifted();
Rule rule_meta_year();
Rule rule_meta_signature();
Rule rule_meta_body();
Rule rule_meta_deadline();
Rule rule_meta_fee_statement();
Rule rule_text_stated_total();
Rule rule_text_table_mismatch();
Rule rule_text_contradiction();
Rule rule_text_enumeration();
Rule rule_text_slip();
Rule rule_text_placeholder();
Rule rule_sum_row_total();
Rule rule_sum_results_total();
Rule rule_sum_balance();
Rule rule_sum_review_total();
Rule rule_sum_blank_cell();
Rule rule_sum_suggested_fix();
Rule rule_cross_carry_over();
Rule rule_cross_in_force();
Rule rule_cross_text_reuse();

const std::vector<Rule>& all_rules() {
  static const std::vector<Rule> rules = {
      // input
      rule_input_unreadable(),
      rule_input_empty(),
      rule_decode_invalid_bytes(),
      // structure
      rule_section_missing(),
      rule_section_order(),
      rule_section_numbering(),
      rule_section_outline(),
      rule_section_title(),
      rule_section_content(),
      rule_section_duplicate(),
      rule_section_empty(),
      rule_format_outdated(),
      // tables
      rule_table_missing(),
      rule_table_unreadable(),
      rule_table_row_missing(),
      rule_table_row_label(),
      rule_table_cell_missing(),
      rule_table_cell_invalid(),
      rule_table_column_count(),
      rule_table_split_cell(),
      rule_table_shifted(),
      // meta
      rule_meta_year(),
      rule_meta_signature(),
      rule_meta_body(),
      rule_meta_deadline(),
      rule_meta_fee_statement(),
      // text
      rule_text_stated_total(),
      rule_text_table_mismatch(),
      rule_text_contradiction(),
      rule_text_enumeration(),
      rule_text_slip(),
      rule_text_placeholder(),
      // arithmetic
      rule_sum_row_total(),
      rule_sum_results_total(),
      rule_sum_balance(),
      rule_sum_review_total(),
      rule_sum_blank_cell(),
      rule_sum_suggested_fix(),
      // across reports
      rule_cross_carry_over(),
      rule_cross_in_force(),
      rule_cross_text_reuse(),
  };
  return rules;
}

Rule::Rule(RuleId rule) {
  const RuleDescription& d = kRuleDescriptions[static_cast<std::size_t>(rule)];
  id = d.id;
  name = d.name;
  severity = d.severity;
  certainty = d.certainty;
  summary = d.summary;
  messages.assign(d.messages, d.messages + d.message_count);
}

std::string doc_page(const Rule& rule) { return std::string("docs/rules/") + rule.id + ".md"; }

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: break;
  }
  return "info";
}

const char* decision_name(Decision d) {
  return d == Decision::Confirmed ? "confirmed" : d == Decision::Accepted ? "accepted" : "open";
}

const char* certainty_name(Certainty c) { return c == Certainty::Certain ? "certain" : "review"; }

}  // namespace gk::rules
