#include "output/text_output.h"

#include "output/finding_place.h"

namespace gk::output {

using rules::Certainty, rules::counts, rules::Finding, rules::severity_name;
using text::Position, text::PositionIndex;

namespace {

// file:line:column: severity: message（位置：表三 ·（七）总计 · 自然人） [rule]; a finding marked
// 无需修改 says "(accepted)" after its severity.
std::string line(const CheckResult& r, const PositionIndex& index, const FindingPlaces& places, const Finding& f) {
  Position p = index.at(f.span.begin);
  return r.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + severity_name(f.severity) +
         (f.certainty == Certainty::Review ? " (to review)" : "") + (counts(f) ? "" : " (accepted)") + ": " + f.message + "（位置：" + places.of(f).text +
         "） [" + f.rule + "]\n";
}

}  // namespace

std::string to_text(const CheckResult& r) {
  std::string out;
  std::vector<std::size_t> offsets;
  for (const Finding& f : r.findings) offsets.push_back(f.span.begin);
  PositionIndex index(r.text, std::move(offsets));
  const FindingPlaces places(r);
  for (const Finding& f : r.findings) {
    // A broken sum a fix explains is listed under the fix, indented, as its reason.
    if (f.fix && !f.fix->is_fix) continue;
    out += line(r, index, places, f);
    if (!f.fix) continue;
    for (const Finding& reason : r.findings)
      if (reason.fix && !reason.fix->is_fix && reason.fix->id == f.fix->id) out += "    " + line(r, index, places, reason);
  }
  return out;
}

}  // namespace gk::output
