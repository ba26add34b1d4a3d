// Binds a document to the format it follows. The format is told by the tables alone
// (labels only one format uses, rows only one format has), never by the report's year.
#include <string>

#include "bind/report.h"
#include "bind/year.h"
#include "text/normalize.h"

namespace gk {

namespace {

// Labels only one format uses count as much as a row found: the rows decide when a report
// mixes formats (one table on the old headers), the labels when rows are alike.
constexpr int kMarkerWeight = 1;

int count_markers(const Format& f, const std::vector<std::string>& cell_keys) {
  int hits = 0;
  for (const std::string& marker : f.markers) {
    std::string m = match_key(marker);
    for (const std::string& k : cell_keys) {
      if (k.find(m) != std::string::npos) {
        ++hits;
        break;
      }
    }
  }
  return hits;
}

}  // namespace

const BoundTable* Report::table(const std::string& id) const {
  for (const BoundTable& t : tables)
    if (t.spec->id == id) return &t;
  return nullptr;
}

Report bind_report(const Document& doc, const SourceText& text) {
  Report report;
  // Section titles are the same in every format.
  report.sections = find_sections(doc, text, formats().front());
  report.signature = find_signature(doc, text, report.sections);
  report.year = find_report_year(doc, report.sections);

  std::vector<std::string> cell_keys;
  for (const Table& t : doc.tables)
    for (const Row& r : t.rows)
      for (const Cell& c : r.cells)
        if (!c.text.empty()) cell_keys.push_back(match_key(c.text));

  int best_score = 0;
  BindMemo memo;
  for (const Format& f : formats()) {  // newest first: it wins ties
    std::vector<BoundTable> tables;
    int score = kMarkerWeight * count_markers(f, cell_keys);
    for (const TableSpec& spec : f.tables) {
      tables.push_back(bind_table(doc, spec, memo));
      score += tables.back().found_rows;
    }
    if (score > best_score) {
      best_score = score;
      report.format = &f;
      report.tables = std::move(tables);
    }
  }
  return report;
}

}  // namespace gk
