#include "output/json_output.h"

#include <nlohmann/json.hpp>

#include "output/model_json.h"
#include "read/document.h"
#include "version.h"

namespace gk {

namespace {

using ojson = nlohmann::ordered_json;

ojson number(Quantity q) {
  if (q.integral()) return ojson(q.scaled / Quantity::kScale);
  return ojson(q.as_double());
}

void put_location(ojson& j, const SourceText& text, const PositionIndex& index, Span s) {
  Position p = index.at(s.begin);
  j["line"] = p.line;
  j["column"] = p.column;
  j["offset"] = p.utf16;
  j["length"] = text.utf16_length(s);
}

ojson finding_json(const Finding& f, const SourceText& text, const PositionIndex& index) {
  ojson j;
  j["rule"] = f.rule;
  j["severity"] = severity_name(f.severity);
  j["message"] = f.message;
  put_location(j, text, index, f.span);
  if (f.expected) j["expected"] = number(*f.expected);
  if (f.actual) j["actual"] = number(*f.actual);
  if (f.cell) j["cell"] = {{"table", f.cell->table}, {"row", f.cell->row}, {"column", f.cell->column}};
  ojson related = ojson::array();
  for (Span s : f.related) {
    ojson r;
    put_location(r, text, index, s);
    related.push_back(std::move(r));
  }
  j["related"] = std::move(related);
  return j;
}

ojson report_json(const CheckResult& r) {
  ojson j;
  j["file"] = r.file;
  j["input"] = input_kind_name(r.decoded.input);
  j["encoding"] = r.decoded.binary == BinaryKind::None ? ojson(r.decoded.encoding) : ojson(nullptr);
  j["bom"] = r.decoded.bom;
  j["layout"] = layout_name(r.doc);
  j["year"] = r.report.year ? ojson(*r.report.year) : ojson(nullptr);
  j["format"] = r.report.format ? ojson(r.report.format->id) : ojson(nullptr);
  std::vector<std::size_t> offsets;
  for (const Finding& f : r.findings) {
    offsets.push_back(f.span.begin);
    for (Span s : f.related) offsets.push_back(s.begin);
  }
  model_offsets(r, offsets);
  PositionIndex index(r.text, std::move(offsets));
  ojson findings = ojson::array();
  for (const Finding& f : r.findings) findings.push_back(finding_json(f, r.text, index));
  j["findings"] = std::move(findings);
  put_model(j, r, index);
  // What was checked, when it is not what the user gave: the text extracted from a page or
  // a .docx, which the findings' lines and offsets refer to.
  if (r.decoded.input != InputKind::Text && r.decoded.binary == BinaryKind::None) j["text"] = r.text.str();
  return j;
}

}  // namespace

std::string to_json(const std::vector<const CheckResult*>& results) {
  ojson j;
  j["tool"] = {{"name", kToolName}, {"version", kToolVersion}};
  ojson reports = ojson::array();
  for (const CheckResult* r : results) reports.push_back(report_json(*r));
  j["reports"] = std::move(reports);
  // Compact: half the bytes of an indented document for the page to receive and parse
  // (pipe through jq to read it).
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace gk
