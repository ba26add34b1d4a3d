#include "rules/findings.h"

#include <algorithm>
#include <string>

namespace gk::rules {

namespace {

bool before(const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; }

}  // namespace

void Findings::drop_after_limit() {
  if (list_.size() <= kFindingsPerRule) return;
  if (!std::is_sorted(list_.begin(), list_.end(), before)) std::stable_sort(list_.begin(), list_.end(), before);
  const auto limit = list_.begin() + static_cast<std::ptrdiff_t>(kFindingsPerRule);
  dropped_ += static_cast<std::size_t>(list_.end() - limit);
  if (!first_dropped_ || before(*limit, *first_dropped_)) first_dropped_ = std::move(*limit);
  list_.erase(limit, list_.end());
}

void Findings::push_back(Finding f) {
  // Past twice the limit, the earliest are kept and the one just given stays last.
  if (list_.size() == 2 * kFindingsPerRule) drop_after_limit();
  list_.push_back(std::move(f));
}

std::vector<Finding> Findings::finish() {
  drop_after_limit();
  if (dropped_ != 0) {
    Finding summary = std::move(*first_dropped_);
    std::string message = kSummaryTemplate;
    message.replace(message.find("{count}"), 7, std::to_string(dropped_));
    message.replace(message.find("{message}"), 9, summary.message);
    summary.message = std::move(message);
    summary.summarised = dropped_;
    list_.push_back(std::move(summary));
    dropped_ = 0;
    first_dropped_.reset();
  }
  return std::move(list_);
}

}  // namespace gk::rules
