// A rule is a descriptor: its id, severity, summary and message templates, and the hooks
// the engine (rules/engine.h) calls it by, each optional. Each rule lives in its own file;
// registry.cpp lists them, in the order their findings at one place are listed.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "bind/report.h"
#include "input/input_facts.h"
#include "read/document.h"
#include "rules/finding.h"
#include "rules/findings.h"
#include "rules/identity_eval.h"
#include "rules/rule_descriptions.h"
#include "shape/prose_runs.h"
#include "text/normalize.h"
#include "text/source_text.h"

namespace gk {
struct CheckResult;  // check.h
}  // namespace gk

namespace gk::rules {

struct CheckContext {
  const input::InputFacts& decoded;  // what the input was (input/)
  const text::SourceText& text;
  const read::Document& doc;
  const bind::Report& report;
  const bind::FormatCatalogue& formats;  // the formats the report was bound against (bind/format_catalogue.h)
  // The format's identities on the report, evaluated once: those whose every cell is a number
  // read cleanly (evaluation.clean), and the others (blank cells, placed rows).
  const IdentityEvaluation& evaluation;
};

// What a text rule keeps for one report while the running text goes by: the lists it
// follows, the figures it compares with, where its findings go.
struct RuleState {
  virtual ~RuleState() = default;
};

struct Rule;

// The state of a text rule that needs no more than the rule, the check and its findings.
struct RuleCall : RuleState {
  RuleCall(const Rule& rule, const CheckContext& check, Findings& findings)
      : self(rule), ctx(check), out(findings) {}
  const Rule& self;
  const CheckContext& ctx;
  Findings& out;
};

struct Rule {
  // The rule's description in rules.json, with no hooks yet: the rule's file adds them.
  explicit Rule(RuleId rule);

  const char* id;
  const char* name;  // the problem in a few plain Chinese words, shown to users instead of the id
  Severity severity;
  Certainty certainty;  // of its findings, unless one says otherwise
  const char* summary;  // one line, Chinese, for the README and the page
  // Every message it gives. The sum rules give those the format data declares for their
  // identities (IdentitySpec::message), with the same placeholders.
  std::vector<MessageTemplate> messages;

  // The hooks, each optional; the engine calls each in one pass over the report.
  // Once per report.
  void (*per_report)(const Rule& self, const CheckContext& ctx, Findings& out) = nullptr;
  // Once per identity instance of the rule (IdentitySpec::rule names it), in the order evaluated:
  // the clean ones, then the others (blank cells, read through a placed row).
  void (*per_identity)(const Rule& self, const CheckContext& ctx, const IdentityInstance& instance,
                       Findings& out) = nullptr;
  // The running text as shaped (shape/prose_runs.h): `start_text` makes the rule's state for
  // one report, or null when there is nothing to read the text for; the text hooks are
  // handed that state, in text order.
  std::unique_ptr<RuleState> (*start_text)(const Rule& self, const CheckContext& ctx, Findings& out) =
      nullptr;
  void (*per_sentence_run)(RuleState& state, const shape::ProseRun& run, const std::vector<shape::Count>& counts) = nullptr;
  void (*per_paragraph_run)(RuleState& state, const shape::ProseRun& run) = nullptr;
  void (*per_paragraph)(RuleState& state, const read::Paragraph& paragraph, const text::NormalizedText& nfkc) = nullptr;
  // Once over all the reports checked together, adding its findings to the reports they are
  // about. A rule with this hook is listed after every rule with the others.
  void (*across_reports)(const Rule& self, const std::vector<CheckResult*>& results) = nullptr;

  // The hooks set in one expression: `return Rule(RuleId::X).on_report(run);`.
  Rule& on_report(decltype(per_report) hook) { per_report = hook; return *this; }
  Rule& on_identity(decltype(per_identity) hook) { per_identity = hook; return *this; }
  Rule& on_text(decltype(start_text) start) { start_text = start; return *this; }
  Rule& on_sentence_run(decltype(per_sentence_run) hook) { per_sentence_run = hook; return *this; }
  Rule& on_paragraph_run(decltype(per_paragraph_run) hook) { per_paragraph_run = hook; return *this; }
  Rule& on_paragraph(decltype(per_paragraph) hook) { per_paragraph = hook; return *this; }
  Rule& across(decltype(across_reports) hook) { across_reports = hook; return *this; }
};

const std::vector<Rule>& all_rules();

// "docs/rules/<id>.md": the rule's page, from the repository's root.
std::string doc_page(const Rule& rule);

// A finding of `rule` at `where` with the rule's severity and certainty.
inline Finding make_finding(const Rule& rule, text::Span where, std::string message) {
  Finding f;
  f.rule = rule.id;
  f.severity = rule.severity;
  f.certainty = rule.certainty;
  f.span = where;
  f.message = std::move(message);
  return f;
}

}  // namespace gk::rules
