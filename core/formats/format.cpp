#include "formats/format.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "formats/embedded_formats.h"

namespace gk {

int TableSpec::row_index(const std::string& id) const {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].id == id) return static_cast<int>(i);
  return -1;
}

int TableSpec::column_index(const std::string& id) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].id == id) return static_cast<int>(i);
  return -1;
}

const TableSpec* Format::table(const std::string& id) const {
  for (const TableSpec& t : tables)
    if (t.id == id) return &t;
  return nullptr;
}

namespace {

CellKind cell_kind(const std::string& name) {
  if (name == "count") return CellKind::Count;
  if (name == "amount") return CellKind::Amount;
  if (name == "change") return CellKind::Change;
  throw std::runtime_error("unknown cell kind: " + name);
}

}  // namespace

Format parse_format(const std::string& json_text) {
  using nlohmann::json;
  json j = json::parse(json_text);
  Format f;
  f.id = j.at("id").get<std::string>();
  f.title = j.at("title").get<std::string>();
  f.in_force_from = j.at("in_force_from").get<int>();
  f.markers = j.value("markers", std::vector<std::string>{});
  for (const json& js : j.at("sections"))
    f.sections.push_back({js.at("number").get<int>(), js.at("title").get<std::string>(),
                          js.at("keywords").get<std::vector<std::string>>()});
  for (const json& jt : j.at("tables")) {
    TableSpec t;
    t.id = jt.at("id").get<std::string>();
    t.name = jt.at("name").get<std::string>();
    t.section = jt.value("section", 0);
    t.header_keywords = jt.value("header_keywords", std::vector<std::string>{});
    for (const json& jc : jt.at("columns"))
      t.columns.push_back({jc.at("id").get<std::string>(), jc.at("label").get<std::string>(),
                           jc.value("group", std::string()), cell_kind(jc.value("kind", std::string("count")))});
    for (const json& jr : jt.at("rows")) {
      RowSpec r;
      r.id = jr.at("id").get<std::string>();
      r.label = jr.at("label").get<std::string>();
      r.variants = jr.value("variants", std::vector<std::string>{});
      r.unlabeled = jr.value("unlabeled", false);
      if (jr.contains("parent")) {
        r.parent = t.row_index(jr.at("parent").get<std::string>());
        if (r.parent < 0)
          throw std::runtime_error("format " + f.id + ": row " + r.id + " names an unknown parent (parents come first)");
        t.rows[r.parent].children.push_back(static_cast<int>(t.rows.size()));
      }
      t.rows.push_back(std::move(r));
    }
    f.tables.push_back(std::move(t));
  }
  for (const json& ji : j.at("identities")) {
    IdentitySpec s;
    s.rule = ji.at("rule").get<std::string>();
    s.table = ji.at("table").get<std::string>();
    s.for_each_row = ji.at("for_each").get<std::string>() == "row";
    s.lhs = ji.at("lhs").get<std::vector<std::string>>();
    s.rhs = ji.at("rhs").get<std::vector<std::string>>();
    s.anchor = ji.at("anchor").get<std::string>();
    std::string report = ji.value("report", std::string("anchor"));
    if (report != "anchor" && report != "sides") throw std::runtime_error("format " + f.id + ": unknown report kind " + report);
    s.report_sides = report == "sides";
    s.message = ji.at("message").get<std::string>();
    const TableSpec* t = f.table(s.table);
    if (t == nullptr) throw std::runtime_error("format " + f.id + ": identity names unknown table " + s.table);
    auto known = [&](const std::string& term) {
      return s.for_each_row ? t->column_index(term) >= 0 : t->row_index(term) >= 0;
    };
    for (const auto* side : {&s.lhs, &s.rhs})
      for (const std::string& term : *side)
        if (!known(term)) throw std::runtime_error("format " + f.id + ": identity " + s.rule + " names unknown term " + term);
    f.identities.push_back(std::move(s));
  }
  return f;
}

const Format* older_format_with_single_row(const Format& f, const std::string& table, const std::string& row) {
  for (const Format& older : formats()) {
    if (older.in_force_from >= f.in_force_from) continue;
    const TableSpec* t = older.table(table);
    if (t == nullptr) continue;
    int r = t->row_index(row);
    if (r >= 0 && t->rows[r].children.empty()) return &older;
  }
  return nullptr;
}

const std::vector<Format>& formats() {
  static const std::vector<Format> all = [] {
    std::vector<Format> v;
    for (std::size_t i = 0; i < kEmbeddedFormatCount; ++i) v.push_back(parse_format(kEmbeddedFormats[i]));
    std::sort(v.begin(), v.end(), [](const Format& a, const Format& b) { return a.in_force_from > b.in_force_from; });
    return v;
  }();
  return all;
}

}  // namespace gk
