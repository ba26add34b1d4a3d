// The single entry point used by the CLI, the wasm binding and the tests alike:
// bytes (or text) in, findings out. Reports are bound to the formats of a catalogue: the
// built-in one unless another is given (which must outlive the results).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bind/format_catalogue.h"
#include "bind/report.h"
#include "input/input_facts.h"
#include "read/document.h"
#include "rules/finding.h"
#include "rules/text_reuse.h"
#include "text/source_text.h"

namespace gk {

struct CheckResult {
  std::string file;
  input::InputFacts decoded;  // what the input was and how its text was decoded
  text::SourceText text;  // the text checked (for a page or a .docx, the text extracted from it)
  read::Document doc;
  bind::Report report;
  std::vector<rules::Finding> findings;  // in text order
  // Its running text measured against last year's report of its body, when that was
  // checked with it (check_across).
  std::optional<rules::TextReuse> reuse;
  // A PDF's runs, in the order of the runs text: the span of `text` each run's text is in
  // (extract::kNoSpan when it was left out: page furniture, a blank run).
  std::vector<text::Span> pdf_runs;

  // Decisions were applied (decide/decisions.h): each finding's decision is told, open or not.
  bool decided = false;

  CheckResult(std::string f, input::InputFacts facts, std::string checked_text);
  int error_count() const;  // the error findings not marked 无需修改
};

// Decodes bytes in whatever encoding they are, then checks them.
std::unique_ptr<CheckResult> check_bytes(std::string_view bytes, std::string file,
                                         const bind::FormatCatalogue& formats = bind::built_in_catalogue());
// The same, taking the bytes over so that valid UTF-8 is held once (the wasm binding).
std::unique_ptr<CheckResult> check_owned_bytes(std::string bytes, std::string file,
                                         const bind::FormatCatalogue& formats = bind::built_in_catalogue());
// Checks text that is already UTF-8 (invalid sequences still become U+FFFD and a finding).
std::unique_ptr<CheckResult> check_text(std::string_view utf8, std::string file,
                                         const bind::FormatCatalogue& formats = bind::built_in_catalogue());
std::unique_ptr<CheckResult> check_owned_text(std::string utf8, std::string file,
                                         const bind::FormatCatalogue& formats = bind::built_in_catalogue());
// Checks an HTML page or fragment that is already UTF-8 (the clipboard's text/html).
std::unique_ptr<CheckResult> check_html(std::string_view utf8, std::string file,
                                         const bind::FormatCatalogue& formats = bind::built_in_catalogue());

// Checks that need several reports at once (this year's 上年结转 against last year's 结转),
// adding their findings to the reports they are about.
void check_across(const std::vector<CheckResult*>& results);

}  // namespace gk
