#include "rules/engine.h"

#include <algorithm>
#include <memory>

#include "check.h"
#include "rules/findings.h"
#include "rules/fix_links.h"
#include "rules/rule.h"
#include "rules/shifted_rows.h"
#include "shape/prose_runs.h"

namespace gk::rules {

using bind::FormatCatalogue, bind::Report;
using input::InputFacts;
using read::Document, read::Paragraph;
using shape::Count, shape::ProseReader, shape::ProseRun, shape::shape_prose;
using text::NormalizedText, text::SourceText;

namespace {

bool before(const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; }

// A rule may give its findings out of text order (meta.year reads the text more than once):
// in order by place, keeping the order it gave those at one place.
void order_by_place(std::vector<Finding>& findings) {
  if (!std::is_sorted(findings.begin(), findings.end(), before))
    std::stable_sort(findings.begin(), findings.end(), before);
}

// Each rule's findings, indexed as all_rules(), merged by place; at one place the rule listed
// first comes first.
std::vector<Finding> merge_by_place(std::vector<std::vector<Finding>>& by_rule) {
  std::vector<std::vector<Finding>*> lists;
  std::size_t total = 0;
  for (std::vector<Finding>& list : by_rule) {
    if (list.empty()) continue;
    order_by_place(list);
    lists.push_back(&list);
    total += list.size();
  }
  std::vector<Finding> out;
  out.reserve(total);
  std::vector<std::size_t> next(lists.size(), 0);
  while (out.size() < total) {
    std::size_t pick = lists.size();
    for (std::size_t k = 0; k < lists.size(); ++k) {
      if (next[k] == lists[k]->size()) continue;
      if (pick == lists.size() || before((*lists[k])[next[k]], (*lists[pick])[next[pick]])) pick = k;
    }
    out.push_back(std::move((*lists[pick])[next[pick]++]));
  }
  return out;
}

// Hands the shaped running text to the text hooks of the rules that read it.
class TextHooks final : public ProseReader {
 public:
  void add(const Rule& rule, std::unique_ptr<RuleState> state) {
    wanted_.sentence_runs = wanted_.sentence_runs || rule.per_sentence_run != nullptr;
    wanted_.paragraph_runs = wanted_.paragraph_runs || rule.per_paragraph_run != nullptr;
    wanted_.paragraphs = wanted_.paragraphs || rule.per_paragraph != nullptr;
    readers_.push_back({&rule, std::move(state)});
  }

  Wanted wanted() const { return wanted_; }
  bool empty() const { return readers_.empty(); }

  void sentence_run(const ProseRun& run, const std::vector<Count>& counts) override {
    for (Reader& r : readers_)
      if (r.rule->per_sentence_run != nullptr) r.rule->per_sentence_run(*r.state, run, counts);
  }
  void paragraph_run(const ProseRun& run) override {
    for (Reader& r : readers_)
      if (r.rule->per_paragraph_run != nullptr) r.rule->per_paragraph_run(*r.state, run);
  }
  void paragraph(const Paragraph& paragraph, const NormalizedText& nfkc) override {
    for (Reader& r : readers_)
      if (r.rule->per_paragraph != nullptr) r.rule->per_paragraph(*r.state, paragraph, nfkc);
  }

 private:
  struct Reader {
    const Rule* rule;
    std::unique_ptr<RuleState> state;
  };
  std::vector<Reader> readers_;
  Wanted wanted_;
};

}  // namespace

std::vector<Finding> run_rules(const InputFacts& decoded, const SourceText& text, const Document& doc,
                               const Report& report, const FormatCatalogue& formats) {
  const std::vector<Rule>& rules = all_rules();
  IdentityEvaluation evaluation;
  evaluate_identities(report, find_shifted_rows(doc, report, formats), evaluation);
  const CheckContext ctx{decoded, text, doc, report, formats, evaluation};
  // Each rule's own, kept to the first few by place (rules/findings.h).
  std::vector<Findings> by_rule(rules.size());
  TextHooks text_hooks;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules[i];
    if (rule.per_report != nullptr) rule.per_report(rule, ctx, by_rule[i]);
    if (rule.per_identity != nullptr)
      for (const auto* instances : {&evaluation.clean, &evaluation.others})
        for (const IdentityInstance& inst : *instances)
          if (inst.spec->rule == rule.id) rule.per_identity(rule, ctx, inst, by_rule[i]);
    if (rule.start_text != nullptr)
      if (std::unique_ptr<RuleState> state = rule.start_text(rule, ctx, by_rule[i]))
        text_hooks.add(rule, std::move(state));
  }
  if (!text_hooks.empty()) shape_prose(text, doc, report.sections, text_hooks.wanted(), text_hooks);
  std::vector<std::vector<Finding>> lists;
  lists.reserve(rules.size());
  for (Findings& mine : by_rule) lists.push_back(mine.finish());
  std::vector<Finding> findings = merge_by_place(lists);
  link_fixes(findings);
  return findings;
}

void run_rules_across(const std::vector<CheckResult*>& results) {
  std::vector<std::size_t> had(results.size());
  for (const Rule& rule : all_rules()) {
    if (rule.across_reports == nullptr) continue;
    for (std::size_t k = 0; k < results.size(); ++k) had[k] = results[k]->findings.size();
    rule.across_reports(rule, results);
    // The rule comes after every rule with per-report findings (rule.h): at one place, its
    // findings go after those already there.
    for (std::size_t k = 0; k < results.size(); ++k) {
      std::vector<Finding>& f = results[k]->findings;
      const auto added = f.begin() + static_cast<std::ptrdiff_t>(had[k]);
      if (added == f.end()) continue;
      std::stable_sort(added, f.end(), before);
      std::inplace_merge(f.begin(), added, f.end(), before);
    }
  }
}

}  // namespace gk::rules
