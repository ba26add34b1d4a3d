#include "report_record.h"


namespace gk::cli {

std::string shown_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

ReportRecord record_of(const CheckResult& r) {
  ReportRecord out;
  const bind::Signature& s = r.report.signature;
  if (const std::optional<text::Span> body = s.title_body ? s.title_body : s.body) out.body = r.text.view(*body);
  out.body.shrink_to_fit();
  out.year = r.report.year.value_or(0);
  out.input = r.decoded.input;
  out.format = r.report.format;
  out.opened = true;
  out.unreadable = r.decoded.binary != input::BinaryKind::None;
  count_findings(out, r.findings);
  return out;
}

void count_findings(ReportRecord& record, const std::vector<rules::Finding>& findings) {
  for (const rules::Finding& f : findings) {
    if (f.decision == rules::Decision::Open) ++record.open;
    if (!rules::counts(f)) continue;  // 无需修改: out of the counts, as on the page
    switch (f.severity) {
      case rules::Severity::Error: ++record.errors; break;
      case rules::Severity::Warning: ++record.warnings; break;
      case rules::Severity::Info: ++record.infos; break;
    }
  }
}

}  // namespace gk::cli
