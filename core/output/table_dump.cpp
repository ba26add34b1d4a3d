#include "output/table_dump.h"

namespace gk::output {

using bind::BoundRow, bind::BoundTable, bind::BoundValue, bind::HeadingRole, bind::SectionHeading, bind::Signature;
using read::Block, read::Cell, read::layout_name, read::Paragraph, read::Row;

std::string dump_tables(const CheckResult& r) {
  std::string out = r.file + ": format " + (r.report.format ? r.report.format->id : "?") + ", layout " +
                    layout_name(r.doc) + "\n";
  for (const SectionHeading& h : r.report.sections)
    out += "section " + std::to_string(h.section) + " line " + std::to_string(r.text.line_of(h.span.begin)) +
           " written " + std::to_string(h.written) + (h.exact_title ? "" : " (title differs)") +
           (h.role == HeadingRole::Moved ? " (out of order)" : h.role == HeadingRole::Repeated ? " (repeated)" : "") + ": " +
           std::string(r.text.view(h.span)) + "\n";
  for (const SectionHeading& h : r.report.outline.subtopics)
    out += "sub-topic numbered as a section, line " + std::to_string(r.text.line_of(h.span.begin)) + ": " +
           std::string(r.text.view(h.span)) + "\n";
  const Signature& sig = r.report.signature;
  if (sig.title_body) out += "title body: " + std::string(r.text.view(*sig.title_body)) + "\n";
  if (sig.body) out += "signed by: " + std::string(r.text.view(*sig.body)) + "\n";
  if (sig.date) out += "signed on: " + std::to_string(sig.date->year) + "-" + std::to_string(sig.date->month) + "-" + std::to_string(sig.date->day) + "\n";
  if (sig.header_date) out += "dated at the top: " + std::to_string(sig.header_date->year) + "-" + std::to_string(sig.header_date->month) + "-" + std::to_string(sig.header_date->day) + "\n";
  for (const BoundTable& t : r.report.tables) {
    out += "[" + t.spec->id + "] " + t.spec->name + "\n";
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const BoundRow& b = t.rows[i];
      out += "  " + t.spec->rows[i].id + ": ";
      if (b.source == nullptr) {
        out += "(not found)\n";
        continue;
      }
      out += "line " + std::to_string(r.text.line_of(b.source->span.begin));
      if (b.label && !b.exact_label) out += " label≈\"" + b.label_text + "\"";
      out += " |";
      if (b.values.empty()) out += " " + std::to_string(b.value_cells) + " value cells";
      for (const BoundValue& v : b.values) out += " " + (v.cell->text.empty() ? std::string("∅") : std::string(v.cell->text));
      out += "\n";
    }
  }
  return out;
}

std::string dump_document(const CheckResult& r) {
  std::string out = r.file + ": layout " + layout_name(r.doc) + "\n";
  for (const Block& b : r.doc.blocks) {
    if (b.kind == Block::Kind::Paragraph) {
      const Paragraph& p = r.doc.paragraphs[b.index];
      out += std::to_string(r.text.line_of(p.span.begin)) + "  " + std::string(p.text) + "\n";
      continue;
    }
    for (const Row& row : r.doc.tables[b.index].rows) {
      out += std::to_string(r.text.line_of(row.span.begin)) + "  |";
      for (const Cell& c : row.cells) {
        std::string t;
        for (char ch : c.text) t += ch == '\n' ? ' ' : ch;
        out += " " + t + " |";
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace gk::output
