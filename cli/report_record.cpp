#include "report_record.h"

#include "rules/last_year.h"

namespace gk::cli {

ReportRecord record_of(const std::string& path, const CheckResult& r) {
  ReportRecord out;
  out.path = path;
  out.file = r.file;
  const bind::Signature& s = r.report.signature;
  if (const std::optional<text::Span> body = s.title_body ? s.title_body : s.body) out.body = r.text.view(*body);
  out.body_key = rules::body_key(r);
  out.year = r.report.year.value_or(0);
  out.input = input::input_kind_name(r.decoded.input);
  if (r.report.format != nullptr) out.format = r.report.format->id;
  out.unreadable = r.decoded.binary != input::BinaryKind::None;
  count_findings(out, r.findings);
  return out;
}

void count_findings(ReportRecord& record, const std::vector<rules::Finding>& findings) {
  for (const rules::Finding& f : findings) {
    switch (f.severity) {
      case rules::Severity::Error: ++record.errors; break;
      case rules::Severity::Warning: ++record.warnings; break;
      case rules::Severity::Info: ++record.infos; break;
    }
    ++record.open;  // no decisions yet: every finding is open
  }
}

}  // namespace gk::cli
