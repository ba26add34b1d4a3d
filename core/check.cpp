#include "check.h"

#include <algorithm>
#include <string>

#include "input/input.h"
#include "rules/engine.h"

namespace gk {

using bind::bind_report, bind::FormatCatalogue;
using input::BinaryKind, input::Input, input::InputFacts, input::read_bytes, input::read_html_utf8,
    input::read_input_document, input::read_owned_bytes, input::read_owned_utf8_text, input::read_utf8_text;
using read::ExtractedTables;
using rules::Finding, rules::run_rules, rules::run_rules_across, rules::Severity;

CheckResult::CheckResult(std::string f, InputFacts facts, std::string checked_text)
    : file(std::move(f)), decoded(std::move(facts)), text(std::move(checked_text)) {}

int CheckResult::error_count() const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [](const Finding& f) { return f.severity == Severity::Error && rules::counts(f); }));
}

namespace {

std::unique_ptr<CheckResult> run_pipeline(Input input, std::string file, const FormatCatalogue& formats) {
  auto r = std::make_unique<CheckResult>(std::move(file), std::move(input.facts), std::move(input.text));
  r->pdf_runs = std::move(input.pdf_runs);
  if (r->decoded.binary == BinaryKind::None) {
    // What tells a section heading numbered "3、" from a table label in text from a PDF: the
    // section keywords, as the outline headings are sought by (bind_report).
    r->doc = read_input_document(r->text, input.tables, formats.index(formats.newest()).heading_words);
    input.tables = ExtractedTables();  // not needed past the Document
    r->report = bind_report(r->doc, r->text, formats);
  }
  r->findings = run_rules(r->decoded, r->text, r->doc, r->report, formats);
  return r;
}

}  // namespace

void check_across(const std::vector<CheckResult*>& results) { run_rules_across(results); }

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
