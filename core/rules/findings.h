// Where a rule puts its findings on one report: the first few by place are kept. A report
// made of one heading repeated 300,000 times would give a finding per repeat, which no
// reviewer reads and no memory should hold: past the limit, one finding stands for the rest
// ("另有 K 处同类问题"), and the list never grows past twice the limit as the rule runs.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

#include "rules/finding.h"

namespace gk::rules {

// How many findings of one rule a report lists before the rest are summarised.
constexpr std::size_t kFindingsPerRule = 20;

// The summary's message, whatever the rule: {count} the findings not listed, {message} the
// first of them.
constexpr const char* kSummaryTemplate = "另有 {count} 处同类问题未逐一列出，第一处：{message}";

class Findings {
 public:
  void push_back(Finding f);
  // The finding just given: a rule may still amend it.
  Finding& back() { return list_.back(); }
  bool empty() const { return list_.empty(); }
  // The first kFindingsPerRule by place, then the summary of the rest at the first of them.
  std::vector<Finding> finish();

 private:
  void drop_after_limit();
  std::vector<Finding> list_;
  std::size_t dropped_ = 0;
  std::optional<Finding> first_dropped_;
};

}  // namespace gk::rules
