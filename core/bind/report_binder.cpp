// Binds a document to the format it follows. The format is told by the tables alone
// (labels only one format uses, rows only one format has), never by the report's year.
#include <algorithm>
#include <string>

#include "bind/format_catalogue.h"
#include "bind/label_index.h"
#include "bind/report.h"
#include "bind/year.h"

namespace gk::bind {

using format::Format, format::TableSpec;
using read::Cell, read::Document;
using text::SourceText;

namespace {

// Labels only one format uses count as much as a row found: the rows decide when a report
// mixes formats (one table on the old headers), the labels when rows are alike.
constexpr int kMarkerWeight = 1;

// How many of the format's markers (their match keys) the tables carry, and the first cell
// that carries one.
int count_markers(const std::vector<std::string>& markers, const LabelIndex& index, const Cell*& first) {
  const Document& doc = index.doc();
  std::vector<bool> found(markers.size(), false);
  first = nullptr;
  for (std::size_t t = 0; t < doc.tables.size(); ++t)
    for (std::size_t r = 0; r < doc.tables[t].rows.size(); ++r)
      for (std::size_t c = 0; c < doc.tables[t].rows[r].cells.size(); ++c) {
        std::string_view key = index.cell_key(t, r, c);
        if (key.empty()) continue;
        for (std::size_t m = 0; m < markers.size(); ++m) {
          if (key.find(markers[m]) == std::string::npos) continue;
          found[m] = true;
          if (first == nullptr) first = &doc.tables[t].rows[r].cells[c];
        }
      }
  return static_cast<int>(std::count(found.begin(), found.end(), true));
}

// Where the first row bound to a table of each section begins (npos where none is).
std::vector<std::size_t> table_starts(const std::vector<BoundTable>& tables) {
  std::vector<std::size_t> starts;
  for (const BoundTable& t : tables) {
    const std::size_t s = static_cast<std::size_t>(t.spec->section);
    if (starts.size() <= s) starts.resize(s + 1, std::string::npos);
    for (const BoundRow& r : t.rows)
      if (r.source != nullptr) starts[s] = std::min(starts[s], r.source->span.begin);
  }
  return starts;
}

}  // namespace

const BoundTable* Report::table(const std::string& id) const {
  for (const BoundTable& t : tables)
    if (t.spec->id == id) return &t;
  return nullptr;
}

Report bind_report(const Document& doc, const SourceText& text, const FormatCatalogue& formats) {
  Report report;
  // Markers first: they are cheap and name the likely format, which is bound first. Another
  // format is bound only if it could still win: its score can be no more than its markers and
  // every row of its tables (a spec row is found at most once).
  const std::vector<Format>& all = formats.formats();
  LabelIndex index(doc);
  std::vector<int> markers(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Cell* first = nullptr;
    markers[i] = kMarkerWeight * count_markers(formats.index(all[i]).marker_keys, index, first);
    report.first_marker_cell.push_back(first);
  }
  std::vector<std::size_t> order(all.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return markers[a] > markers[b]; });

  // The highest score wins; on a tie the newer format (earlier in the catalogue) does.
  int best_score = 0;
  std::size_t best = all.size();
  auto beats_best = [&](int score, std::size_t i) {
    return score > best_score || (score == best_score && best < all.size() && i < best);
  };
  for (std::size_t i : order) {
    const Format& f = all[i];
    int bound = markers[i];
    for (const TableSpec& spec : f.tables) bound += static_cast<int>(spec.rows.size());
    if (!beats_best(bound, i)) continue;
    std::vector<BoundTable> tables = bind_tables(index, formats.index(f).tables);
    int score = markers[i];
    for (const BoundTable& t : tables) score += t.found_rows;
    if (beats_best(score, i)) {
      best_score = score;
      best = i;
      report.format = &f;
      report.tables = std::move(tables);
    }
  }

  // Section titles are sought by the newest format's outline (the formats share it), and
  // aligned with it knowing where the tables of each section begin.
  const FormatIndex& newest = formats.index(formats.newest());
  AlignedOutline aligned =
      align_outline(find_heading_lines(doc, text, newest.sections, newest.row_keys), table_starts(report.tables));
  report.sections = std::move(aligned.headings);
  report.outline = std::move(aligned.outline);
  report.signature = find_signature(doc, text, report.sections);
  report.year = find_report_year(doc, report.sections);
  return report;
}

}  // namespace gk::bind
