// A rule: a stable id, a severity, and a check over everything the pipeline produced.
// Each rule lives in its own file; registry.cpp lists them in the order they run.
#pragma once
#include <vector>

#include "bind/report.h"
#include "input/input_facts.h"
#include "read/document.h"
#include "rules/finding.h"
#include "text/source_text.h"

namespace gk {

class Derived;
class FormatCatalogue;

struct CheckContext {
  const InputFacts& decoded;  // what the input was (input/)
  const SourceText& text;
  const Document& doc;
  const Report& report;
  Derived& derived;  // views several rules share, worked out once
  const FormatCatalogue& formats;  // the formats the report was bound against (bind/format_catalogue.h)
};

struct Rule {
  const char* id;
  Severity severity;
  const char* summary;  // one line, Chinese, for the README and the page
  void (*run)(const Rule& self, const CheckContext& ctx, std::vector<Finding>& out);
};

const std::vector<Rule>& all_rules();

struct CheckResult;
// cross.carry-over's check over several reports (its per-report run does nothing).
void check_carry_over(const Rule& rule, const std::vector<CheckResult*>& results);

// A finding of `rule` at `where` with the rule's severity.
inline Finding make_finding(const Rule& rule, Span where, std::string message) {
  Finding f;
  f.rule = rule.id;
  f.severity = rule.severity;
  f.span = where;
  f.message = std::move(message);
  return f;
}

}  // namespace gk
