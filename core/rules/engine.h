// The one pass of the rules over a report: what several rules share is worked out once (the
// identities on the tables, the shaped running text) and every rule's hooks are called.
#pragma once
#include <vector>

#include "bind/report.h"
#include "input/input_facts.h"
#include "read/document.h"
#include "rules/finding.h"
#include "text/source_text.h"

namespace gk {
struct CheckResult;  // check.h
}  // namespace gk

namespace gk::rules {

// Every rule's findings on one report, in text order; at one place, in the order the rules
// are listed (registry.cpp), each rule's in the order it gave them.
std::vector<Finding> run_rules(const input::InputFacts& decoded, const text::SourceText& text, const read::Document& doc,
                               const bind::Report& report, const bind::FormatCatalogue& formats);

// The hooks of the rules that compare reports checked together; their findings join each
// report's in text order, after the findings already at the same place.
void run_rules_across(const std::vector<CheckResult*>& results);

}  // namespace gk::rules
