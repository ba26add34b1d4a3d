#include "output/json_output.h"

#include <cstdint>
#include <functional>
#include <map>

#include "output/finding_key.h"
#include "output/finding_place.h"
#include "output/json_writer.h"
#include "output/model_json.h"
#include "output/pdf_map_json.h"
#include "read/document.h"
#include "version.h"

namespace gk::output {

using input::BinaryKind, input::input_kind_name, input::InputKind;
using read::layout_name;
using rules::certainty_name, rules::decision_name, rules::Finding, rules::severity_name;
using text::PositionIndex, text::SourceText, text::Span;

namespace {

// The indices of the findings a fix explains, by its id (Finding::fix).
std::map<unsigned, std::vector<std::size_t>> explained_by_fix(const std::vector<Finding>& findings) {
  std::map<unsigned, std::vector<std::size_t>> out;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (findings[i].fix && !findings[i].fix->is_fix) out[findings[i].fix->id].push_back(i);
  return out;
}

// `key`: an array of the spans' locations (a finding's related cells, the reused passages).
void locations_json(JsonWriter& w, const char* key, const std::vector<Span>& spans, const SourceText& text,
                    const PositionIndex& index) {
  w.key(key);
  w.begin_array();
  for (Span s : spans) {
    w.begin_object();
    put_location(w, text, index, s);
    w.end_object();
  }
  w.end_array();
}

void finding_json(JsonWriter& w, const Finding& f, const Place& place, const std::string& key, bool decided,
                  const SourceText& text, const PositionIndex& index,
                  const std::map<unsigned, std::vector<std::size_t>>& explained) {
  w.begin_object();
  w.field("rule", f.rule);
  w.field("severity", severity_name(f.severity));
  w.field("certainty", certainty_name(f.certainty));
  w.field("message", f.message);
  w.field("place", place.text);
  w.field("key", key);
  put_location(w, text, index, f.span);
  if (f.expected) {
    w.key("expected");
    put_quantity(w, *f.expected);
  }
  if (f.actual) {
    w.key("actual");
    put_quantity(w, *f.actual);
  }
  if (f.cell) {
    w.key("cell");
    w.begin_object();
    w.field("table", f.cell->table);
    w.field("row", f.cell->row);
    w.field("column", f.cell->column);
    w.end_object();
  }
  locations_json(w, "related", f.related, text, index);
  // A fix and the broken sums it explains carry its id; the fix lists them by their index in
  // the report's findings.
  if (f.fix) {
    w.field("fix", static_cast<std::int64_t>(f.fix->id));
    if (f.fix->is_fix) {
      w.key("explains");
      w.begin_array();
      if (auto it = explained.find(f.fix->id); it != explained.end())
        for (std::size_t i : it->second) w.value(static_cast<std::int64_t>(i));
      w.end_array();
    }
  }
  if (f.summarised != 0) w.field("summarised", static_cast<std::int64_t>(f.summarised));
  if (decided) {
    w.field("decision", decision_name(f.decision));
    w.field("comment", f.comment);
  }
  w.end_object();
}

// The running text measured against last year's report (cross.text-reuse): the share, and
// the sentences found in last year's.
void reuse_json(JsonWriter& w, const rules::TextReuse& reuse, const SourceText& text, const PositionIndex& index) {
  w.key("reuse");
  w.begin_object();
  w.field("last_file", reuse.last_file);
  w.field("last_year", static_cast<std::int64_t>(reuse.last_year));
  w.field("sentences", static_cast<std::int64_t>(reuse.sentences));
  w.field("reused", static_cast<std::int64_t>(reuse.reused.size()));
  locations_json(w, "passages", reuse.reused, text, index);
  w.end_object();
}

// The offsets the findings and the reuse measure ask positions for.
std::vector<std::size_t> finding_offsets(const CheckResult& r) {
  std::vector<std::size_t> offsets;
  for (const Finding& f : r.findings) {
    offsets.push_back(f.span.begin);
    for (Span s : f.related) offsets.push_back(s.begin);
  }
  if (r.reuse)
    for (Span s : r.reuse->reused) offsets.push_back(s.begin);
  return offsets;
}

void findings_json(JsonWriter& w, const CheckResult& r, const PositionIndex& index) {
  w.key("findings");
  w.begin_array();
  const std::map<unsigned, std::vector<std::size_t>> explained = explained_by_fix(r.findings);
  const FindingPlaces places(r);
  const std::vector<std::string> keys = finding_keys(r, places);
  for (std::size_t i = 0; i < r.findings.size(); ++i)
    finding_json(w, r.findings[i], places.of(r.findings[i]), keys[i], r.decided, r.text, index, explained);
  w.end_array();
}

// `kind`, when given, is the object's first member (a line of --format jsonl says what it is).
void report_json(JsonWriter& w, const CheckResult& r, const char* kind = nullptr) {
  w.begin_object();
  if (kind != nullptr) w.field("kind", kind);
  w.field("file", r.file);
  w.field("key", report_key(r));
  w.field("input", input_kind_name(r.decoded.input));
  w.key("encoding");
  if (r.decoded.binary == BinaryKind::None) w.value(r.decoded.encoding);
  else w.null();
  w.field("bom", r.decoded.bom);
  w.field("layout", layout_name(r.doc));
  w.key("year");
  if (r.report.year) w.value(*r.report.year);
  else w.null();
  w.key("format");
  if (r.report.format) w.value(r.report.format->id);
  else w.null();
  std::vector<std::size_t> offsets = finding_offsets(r);
  model_offsets(r, offsets);
  PositionIndex index(r.text, std::move(offsets));
  findings_json(w, r, index);
  put_model(w, r, index);
  if (r.reuse) reuse_json(w, *r.reuse, r.text, index);
  // What was checked, when it is not what the user gave: the text extracted from a page or
  // a .docx, which the findings' lines and offsets refer to.
  if (r.decoded.input != InputKind::Text && r.decoded.binary == BinaryKind::None) {
    w.field("text", r.text.str());
  }
  put_pdf_map(w, r);
  w.end_object();
}

// The findings with their places, and the reuse measure, when there is one.
void across_json(JsonWriter& w, const CheckResult& r) {
  w.begin_object();
  w.field("kind", "across");
  w.field("file", r.file);
  PositionIndex index(r.text, finding_offsets(r));
  findings_json(w, r, index);
  if (r.reuse) reuse_json(w, *r.reuse, r.text, index);
  w.end_object();
}

std::string one_line(const std::function<void(JsonWriter&)>& write) {
  std::string out;
  {
    JsonWriter w(out);
    write(w);
  }
  out += '\n';
  return out;
}

}  // namespace

std::string report_json_line(const CheckResult& r) {
  return one_line([&](JsonWriter& w) { report_json(w, r, "report"); });
}

std::string across_json_line(const CheckResult& r) {
  return one_line([&](JsonWriter& w) { across_json(w, r); });
}

std::string to_json(const std::vector<const CheckResult*>& results, JsonText text) {
  // Written compact, member by member (output/json_writer.h): half the bytes of an
  // indented document for the page to receive and parse (pipe through jq to read it).
  std::string out;
  // Sized once from what a finding takes (about 550 bytes with its locations): growing by
  // doubling would hold the old and the new buffer at once.
  // Escaped, a Chinese character takes six bytes instead of three.
  const std::size_t per_finding = text == JsonText::Ascii ? 900 : 600;
  std::size_t estimate = 64 * 1024;
  for (const CheckResult* r : results) estimate += r->findings.size() * per_finding;
  out.reserve(estimate);
  JsonWriter w(out, text);
  w.begin_object();
  w.key("tool");
  w.begin_object();
  w.field("name", kToolName);
  w.field("version", kToolVersion);
  w.end_object();
  w.key("reports");
  w.begin_array();
  for (const CheckResult* r : results) report_json(w, *r);
  w.end_array();
  w.end_object();
  w.flush();
  out += '\n';
  return out;
}

}  // namespace gk::output
