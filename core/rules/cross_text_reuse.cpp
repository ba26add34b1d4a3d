// cross.text-reuse: a report whose running text is half or more last year's, sentence for
// sentence (figures aside): evaluators deduct for a report copied from the year before. The
// share is kept on every report that has last year's beside it (CheckResult::reuse), so the
// page and the JSON show it below the threshold too.
#include <string>

#include "check.h"
#include "rules/last_year.h"
#include "rules/rule.h"
#include "rules/text_reuse.h"

namespace gk::rules {

namespace {

// Fewer sentences than this say too little about a report to call it copied.
constexpr std::size_t kMinSentences = 5;

void measure(const Rule& rule, const CheckResult& last, CheckResult& now) {
  now.reuse = measure_reuse(now, last);
  const TextReuse& reuse = *now.reuse;
  if (reuse.sentences < kMinSentences || 2 * reuse.reused.size() < reuse.sentences) return;
  const std::size_t percent = reuse.reused.size() * 100 / reuse.sentences;
  Finding f = make_finding(rule, reuse.reused.front(),
                           "正文 " + std::to_string(reuse.sentences) + " 句中有 " + std::to_string(reuse.reused.size()) +
                               " 句（" + std::to_string(percent) + "%）与 " + reuse.last_file + " 中 " +
                               std::to_string(reuse.last_year) + " 年度报告的相同（数字不计），达到一半以上");
  f.related.assign(reuse.reused.begin() + 1, reuse.reused.end());
  now.findings.push_back(std::move(f));
}

void check_reuse(const Rule& rule, const std::vector<CheckResult*>& results) {
  for_each_year_pair(results, [&](const CheckResult& last, CheckResult& now) { measure(rule, last, now); });
}

}  // namespace

Rule rule_cross_text_reuse() { return Rule(RuleId::CrossTextReuse).across(check_reuse); }

}  // namespace gk::rules
