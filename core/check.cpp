#include "check.h"

#include <algorithm>
#include <string>

#include "read/reader.h"
#include "rules/engine.h"

namespace gk {

CheckResult::CheckResult(std::string f, Decoded d)
    : file(std::move(f)), decoded(std::move(d)), text(std::move(decoded.text)) {
  decoded.text.clear();
}

int CheckResult::error_count() const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [](const Finding& f) { return f.severity == Severity::Error; }));
}

namespace {

std::unique_ptr<CheckResult> run_pipeline(Decoded decoded, std::string file) {
  auto r = std::make_unique<CheckResult>(std::move(file), std::move(decoded));
  if (r->decoded.binary == BinaryKind::None) {
    r->doc = read_document(r->text);
    r->report = bind_report(r->doc, r->text);
  }
  r->findings = run_rules(r->decoded, r->text, r->doc, r->report);
  return r;
}

}  // namespace

void check_across(const std::vector<CheckResult*>& results) { run_rules_across(results); }

std::unique_ptr<CheckResult> check_bytes(std::string_view bytes, std::string file) {
  return run_pipeline(decode(bytes), std::move(file));
}

std::unique_ptr<CheckResult> check_owned_bytes(std::string bytes, std::string file) {
  return run_pipeline(decode_owned(std::move(bytes)), std::move(file));
}

std::unique_ptr<CheckResult> check_owned_text(std::string utf8, std::string file) {
  if (utf8.size() >= 3 && utf8.compare(0, 3, "\xEF\xBB\xBF") == 0) return check_text(utf8, std::move(file));
  return run_pipeline(decode_as_utf8_owned(std::move(utf8)), std::move(file));
}

std::unique_ptr<CheckResult> check_text(std::string_view utf8, std::string file) {
  // A byte order mark pasted with the text is not part of it.
  if (utf8.size() >= 3 && utf8.compare(0, 3, "\xEF\xBB\xBF") == 0) utf8.remove_prefix(3);
  return run_pipeline(decode_as_utf8(utf8), std::move(file));
}

std::unique_ptr<CheckResult> check_html(std::string_view utf8, std::string file) {
  return run_pipeline(decode_html_utf8(utf8), std::move(file));
}

}  // namespace gk
