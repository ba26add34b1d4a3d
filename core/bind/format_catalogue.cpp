#include "bind/format_catalogue.h"

#include <algorithm>

#include "text/normalize.h"

namespace gk::bind {

using format::built_in_formats, format::Format, format::RowSpec, format::TableSpec;
using text::match_key, text::parse_label;

TableIndex::TableIndex(const TableSpec& spec) : matcher(spec) {
  for (const std::string& k : spec.header_keywords) header_keys.push_back(match_key(k));
  for (const RowSpec& r : spec.rows) row_levels.push_back(parse_label(r.label).level);
}

FormatCatalogue::FormatCatalogue(std::vector<Format> formats) : formats_(std::move(formats)) {
  std::stable_sort(formats_.begin(), formats_.end(),
                   [](const Format& a, const Format& b) { return a.in_force_from > b.in_force_from; });
  indexes_.resize(formats_.size());
  for (std::size_t i = 0; i < formats_.size(); ++i) {
    const Format& f = formats_[i];
    FormatIndex& index = indexes_[i];
    for (const std::string& m : f.markers) index.marker_keys.push_back(match_key(m));
    index.sections = section_keys(f);
    index.row_keys = table_row_keys(f);
    for (const SectionKeys& k : index.sections) index.heading_words.push_back({k.number, k.keywords});
    index.tables.reserve(f.tables.size());
    for (const TableSpec& t : f.tables) index.tables.emplace_back(t);
  }
}

const Format* FormatCatalogue::in_force(int year) const {
  for (const Format& f : formats_)  // newest first
    if (f.in_force_from <= year) return &f;
  return nullptr;
}

const Format* FormatCatalogue::older_with_single_row(const Format& f, const std::string& table,
                                                     const std::string& row) const {
  for (const Format& older : formats_) {
    if (older.in_force_from >= f.in_force_from) continue;
    const TableSpec* t = older.table(table);
    if (t == nullptr) continue;
    int r = t->row_index(row);
    if (r >= 0 && t->rows[r].children.empty()) return &older;
  }
  return nullptr;
}

const FormatCatalogue& built_in_catalogue() {
  static const FormatCatalogue catalogue(built_in_formats());
  return catalogue;
}

}  // namespace gk::bind
