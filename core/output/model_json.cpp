#include "output/model_json.h"

#include <cstdio>

#include "bind/signature.h"

namespace gk::output {

using bind::BoundRow, bind::BoundTable, bind::BoundValue, bind::SectionHeading, bind::Signature;
using format::ColumnSpec, format::RowSpec;
using text::CellValue, text::Position, text::PositionIndex, text::Quantity, text::SourceText, text::Span,
    text::ValueKind;

void put_location(JsonWriter& w, const SourceText& text, const PositionIndex& index, Span s) {
  Position p = index.at(s.begin);
  w.field("line", p.line);
  w.field("column", p.column);
  w.field("offset", p.utf16);
  w.field("length", text.utf16_length(s));
}

void put_quantity(JsonWriter& w, Quantity q) {
  if (q.integral()) w.value(static_cast<std::int64_t>(q.scaled / Quantity::kScale));
  else w.raw_number(q.str());
}

namespace {

void value_json(JsonWriter& w, const CellValue& v) {
  if (v.kind != ValueKind::Number) w.null();
  else put_quantity(w, v.quantity);
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
  const std::vector<SectionHeading>& sections = r.report.sections;
  for (std::size_t i = 0; i < sections.size() && i < kSectionsListed; ++i) offsets.push_back(sections[i].span.begin);
  const Signature& sig = r.report.signature;
  if (sig.body) offsets.push_back(sig.body->begin);
  if (sig.title_body) offsets.push_back(sig.title_body->begin);
  if (sig.issued()) offsets.push_back(sig.issued()->span.begin);
  for (const BoundTable& t : r.report.tables)
    for (const BoundRow& b : t.rows) {
      if (b.label) offsets.push_back(b.label->begin);
      for (const BoundValue& v : b.values) offsets.push_back(v.cell->span.begin);
    }
}

void put_model(JsonWriter& w, const CheckResult& r, const PositionIndex& index) {
  const Signature& sig = r.report.signature;
  std::optional<Span> body = sig.title_body ? sig.title_body : sig.body;
  w.key("body");
  if (body) w.value(r.text.view(*body));
  else w.null();
  w.key("date");
  if (const auto& issued = sig.issued()) {
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", issued->year, issued->month, issued->day);
    w.value(date);
  } else {
    w.null();
  }

  w.key("sections");
  w.begin_array();
  const std::vector<SectionHeading>& sections = r.report.sections;
  for (std::size_t i = 0; i < sections.size() && i < kSectionsListed; ++i) {
    const SectionHeading& h = sections[i];
    w.begin_object();
    w.field("number", h.section);
    w.field("heading", r.text.view(h.span));
    put_location(w, r.text, index, h.span);
    w.end_object();
  }
  w.end_array();
  if (sections.size() > kSectionsListed) w.field("sections_left_off", sections.size() - kSectionsListed);

  w.key("tables");
  w.begin_array();
  for (const BoundTable& t : r.report.tables) {
    w.begin_object();
    w.field("id", t.spec->id);
    w.field("name", t.spec->name);
    w.field("section", t.spec->section);
    w.field("found", t.found_rows > 0);
    w.key("columns");
    w.begin_array();
    for (const ColumnSpec& c : t.spec->columns) {
      w.begin_object();
      w.field("id", c.id);
      w.field("label", c.label);
      w.field("group", c.group);
      w.end_object();
    }
    w.end_array();
    w.key("rows");
    w.begin_array();
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const RowSpec& spec = t.spec->rows[i];
      const BoundRow& b = t.rows[i];
      w.begin_object();
      w.field("id", spec.id);
      w.field("label", spec.label);
      w.field("found", b.source != nullptr);
      if (spec.parent >= 0) {
        w.field("parent", t.spec->rows[spec.parent].id);
      }
      if (b.label) {
        w.field("written", b.label_text);
        w.key("at");
        w.begin_object();
        put_location(w, r.text, index, *b.label);
        w.end_object();
      }
      w.key("cells");
      w.begin_array();
      for (const BoundValue& v : b.values) {
        w.begin_object();
        w.field("text", v.cell->text);
        w.field("kind", kind_name(v.value.kind));
        w.key("value");
        value_json(w, v.value);
        put_location(w, r.text, index, v.cell->span);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

}  // namespace gk::output
