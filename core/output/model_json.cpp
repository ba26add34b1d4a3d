#include "output/model_json.h"

#include "bind/signature.h"

namespace gk {

namespace {

using ojson = nlohmann::ordered_json;

ojson location(const SourceText& text, const PositionIndex& index, Span s) {
  Position p = index.at(s.begin);
  return {{"line", p.line}, {"column", p.column}, {"offset", p.utf16}, {"length", text.utf16_length(s)}};
}

ojson value_json(const CellValue& v) {
  if (v.kind != ValueKind::Number) return nullptr;
  if (v.quantity.integral()) return v.quantity.scaled / Quantity::kScale;
  return v.quantity.as_double();
}

const char* kind_name(ValueKind k) {
  switch (k) {
    case ValueKind::Number: return "number";
    case ValueKind::Empty: return "empty";
    case ValueKind::Placeholder: return "placeholder";
    case ValueKind::TooLarge: return "too-large";
    case ValueKind::Text: break;
  }
  return "text";
}

}  // namespace

void model_offsets(const CheckResult& r, std::vector<std::size_t>& offsets) {
  for (const SectionHeading& h : r.report.sections) offsets.push_back(h.span.begin);
  const Signature& sig = r.report.signature;
  if (sig.body) offsets.push_back(sig.body->begin);
  if (sig.title_body) offsets.push_back(sig.title_body->begin);
  if (sig.date) offsets.push_back(sig.date->span.begin);
  for (const BoundTable& t : r.report.tables)
    for (const BoundRow& b : t.rows) {
      if (b.label) offsets.push_back(b.label->begin);
      for (const BoundValue& v : b.values) offsets.push_back(v.cell->span.begin);
    }
}

void put_model(ojson& j, const CheckResult& r, const PositionIndex& index) {
  const Signature& sig = r.report.signature;
  std::optional<Span> body = sig.title_body ? sig.title_body : sig.body;
  j["body"] = body ? ojson(std::string(r.text.view(*body))) : ojson(nullptr);
  if (sig.date) {
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", sig.date->year, sig.date->month, sig.date->day);
    j["date"] = date;
  } else {
    j["date"] = nullptr;
  }

  ojson sections = ojson::array();
  for (const SectionHeading& h : r.report.sections) {
    ojson s = {{"number", h.section}, {"heading", std::string(r.text.view(h.span))}};
    s.update(location(r.text, index, h.span));
    sections.push_back(std::move(s));
  }
  j["sections"] = std::move(sections);

  ojson tables = ojson::array();
  for (const BoundTable& t : r.report.tables) {
    ojson columns = ojson::array();
    for (const ColumnSpec& c : t.spec->columns) columns.push_back({{"id", c.id}, {"label", c.label}, {"group", c.group}});
    ojson rows = ojson::array();
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const RowSpec& spec = t.spec->rows[i];
      const BoundRow& b = t.rows[i];
      ojson row = {{"id", spec.id}, {"label", spec.label}, {"found", b.source != nullptr}};
      if (spec.parent >= 0) row["parent"] = t.spec->rows[spec.parent].id;
      if (b.label) {
        row["written"] = b.label_text;
        row["at"] = location(r.text, index, *b.label);
      }
      ojson cells = ojson::array();
      for (const BoundValue& v : b.values) {
        ojson c = {{"text", v.cell->text}, {"kind", kind_name(v.value.kind)}, {"value", value_json(v.value)}};
        c.update(location(r.text, index, v.cell->span));
        cells.push_back(std::move(c));
      }
      row["cells"] = std::move(cells);
      rows.push_back(std::move(row));
    }
    tables.push_back({{"id", t.spec->id}, {"name", t.spec->name}, {"section", t.spec->section},
                      {"found", t.found_rows > 0}, {"columns", std::move(columns)}, {"rows", std::move(rows)}});
  }
  j["tables"] = std::move(tables);
}

}  // namespace gk
