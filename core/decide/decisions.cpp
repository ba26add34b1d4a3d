#include "decide/decisions.h"

#include <nlohmann/json.hpp>

#include "output/finding_key.h"

namespace gk::decide {

using nlohmann::json;
using rules::Decision;

namespace {

// A JSON string for a message: the key as written in the file.
std::string quoted(const std::string& s) { return json(s).dump(-1, ' ', false, json::error_handler_t::replace); }

// Reads one finding's entry; returns an error or "".
std::string read_entry(const json& v, const std::string& where, Entry& out) {
  if (!v.is_object()) return where + ": expected an object with \"decision\" and \"comment\"";
  auto d = v.find("decision");
  if (d == v.end()) return where + ": no \"decision\"";
  if (*d == "confirmed") out.decision = Decision::Confirmed;
  else if (*d == "accepted") out.decision = Decision::Accepted;
  else return where + ".decision: expected \"confirmed\" or \"accepted\", found " + d->dump(-1, ' ', false, json::error_handler_t::replace);
  auto c = v.find("comment");
  if (c != v.end() && !c->is_null()) {
    if (!c->is_string()) return where + ".comment: expected a string";
    out.comment = c->get<std::string>();
  }
  return "";
}

}  // namespace

ReadDecisions read_decisions(std::string_view text) {
  ReadDecisions out;
  // No exceptions (the wasm build has none): a text that does not parse is discarded.
  const json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) {
    out.error = "not a decisions file: not valid JSON (UTF-8)";
    return out;
  }
  if (!doc.is_object() || doc.value("gkcheck", json()) != "decisions") {
    out.error = "not a decisions file: expected {\"gkcheck\": \"decisions\", \"version\": 1, \"reports\": {…}}";
    return out;
  }
  if (doc.value("version", json()) != 1) {
    out.error = "version: expected 1, found " + doc.value("version", json()).dump();
    return out;
  }
  auto reports = doc.find("reports");
  if (reports == doc.end() || !reports->is_object()) {
    out.error = "reports: expected an object of report key: {\"findings\": {…}}";
    return out;
  }
  Decisions d;
  for (const auto& [report_key, report] : reports->items()) {
    const std::string where = "reports[" + quoted(report_key) + "]";
    if (!report.is_object()) {
      out.error = where + ": expected an object with \"findings\"";
      return out;
    }
    auto findings = report.find("findings");
    if (findings == report.end() || !findings->is_object()) {
      out.error = where + ".findings: expected an object of finding key: {\"decision\", \"comment\"}";
      return out;
    }
    auto& entries = d.reports[report_key];
    for (const auto& [finding_key, entry] : findings->items()) {
      Entry e;
      out.error = read_entry(entry, where + ".findings[" + quoted(finding_key) + "]", e);
      if (!out.error.empty()) return out;
      entries[finding_key] = std::move(e);
    }
  }
  out.decisions = std::move(d);
  return out;
}

std::size_t apply_decisions(const Decisions& d, CheckResult& r) {
  r.decided = true;
  auto report = d.reports.find(output::report_key(r));
  const output::FindingPlaces places(r);
  const std::vector<std::string> keys = output::finding_keys(r, places);
  std::size_t applied = 0;
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    rules::Finding& f = r.findings[i];
    f.decision = Decision::Open;
    f.comment.clear();
    if (report == d.reports.end()) continue;
    auto e = report->second.find(keys[i]);
    if (e == report->second.end()) continue;
    f.decision = e->second.decision;
    f.comment = e->second.comment;
    ++applied;
  }
  return applied;
}

}  // namespace gk::decide
