#include "check.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "input/input.h"
#include "rules/derived.h"
#include "rules/rule.h"

namespace gk {

CheckResult::CheckResult(std::string f, InputFacts facts, std::string checked_text)
    : file(std::move(f)), decoded(std::move(facts)), text(std::move(checked_text)) {}

int CheckResult::error_count() const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [](const Finding& f) { return f.severity == Severity::Error; }));
}

namespace {

// In text order; at one place, in the order the rules are listed (some rules' findings are
// written after the others', in the pass over the sentences that follows them).
void sort_findings(std::vector<Finding>& findings) {
  static const std::unordered_map<std::string, std::size_t> order = [] {
    std::unordered_map<std::string, std::size_t> m;
    for (const Rule& rule : all_rules()) m.emplace(rule.id, m.size());
    return m;
  }();
  auto rank = [](const Finding& f) {
    auto it = order.find(f.rule);
    return it == order.end() ? order.size() : it->second;
  };
  std::vector<std::size_t> ranks;  // worked out once, not at every comparison
  ranks.reserve(findings.size());
  for (const Finding& f : findings) ranks.push_back(rank(f));
  std::vector<std::size_t> by(findings.size());
  for (std::size_t i = 0; i < by.size(); ++i) by[i] = i;
  std::stable_sort(by.begin(), by.end(), [&](std::size_t a, std::size_t b) {
    if (findings[a].span.begin != findings[b].span.begin) return findings[a].span.begin < findings[b].span.begin;
    return ranks[a] < ranks[b];
  });
  std::vector<Finding> sorted;
  sorted.reserve(findings.size());
  for (std::size_t i : by) sorted.push_back(std::move(findings[i]));
  findings = std::move(sorted);
}

std::unique_ptr<CheckResult> run_pipeline(Input input, std::string file, const FormatCatalogue& formats) {
  auto r = std::make_unique<CheckResult>(std::move(file), std::move(input.facts), std::move(input.text));
  if (r->decoded.binary == BinaryKind::None) {
    // What tells a section heading numbered "3、" from a table label in text from a PDF: the
    // section keywords, as the outline headings are sought by (bind_report).
    r->doc = read_input_document(r->text, input.tables, formats.index(formats.newest()).heading_words);
    input.tables = ExtractedTables();  // not needed past the Document
    r->report = bind_report(r->doc, r->text, formats);
  }
  Derived derived(r->report);
  CheckContext ctx{r->decoded, r->text, r->doc, r->report, derived, formats};
  for (const Rule& rule : all_rules()) rule.run(rule, ctx, r->findings);
  derived.run_deferred(ctx);
  sort_findings(r->findings);
  return r;
}

}  // namespace

void check_across(const std::vector<CheckResult*>& results) {
  for (const Rule& rule : all_rules())
    if (std::string(rule.id) == "cross.carry-over") check_carry_over(rule, results);
  for (CheckResult* r : results) sort_findings(r->findings);
}

std::unique_ptr<CheckResult> check_bytes(std::string_view bytes, std::string file, const FormatCatalogue& formats) {
  return run_pipeline(read_bytes(bytes), std::move(file), formats);
}

std::unique_ptr<CheckResult> check_owned_bytes(std::string bytes, std::string file, const FormatCatalogue& formats) {
  return run_pipeline(read_owned_bytes(std::move(bytes)), std::move(file), formats);
}

std::unique_ptr<CheckResult> check_owned_text(std::string utf8, std::string file, const FormatCatalogue& formats) {
  return run_pipeline(read_owned_utf8_text(std::move(utf8)), std::move(file), formats);
}

std::unique_ptr<CheckResult> check_text(std::string_view utf8, std::string file, const FormatCatalogue& formats) {
  return run_pipeline(read_utf8_text(utf8), std::move(file), formats);
}

std::unique_ptr<CheckResult> check_html(std::string_view utf8, std::string file, const FormatCatalogue& formats) {
  return run_pipeline(read_html_utf8(utf8), std::move(file), formats);
}

}  // namespace gk
