#include "formats/format.h"

#include "formats/built_in.h"

#include <algorithm>
#include <cstdlib>

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

// Reads the embedded format data (embed_formats.cmake wrote it, and checked the files: every
// member there, kinds known, parents before their rows, identities' terms known).
class FormatData {
 public:
  std::string text() { return kEmbeddedFormatData[next_++]; }
  int number() { return std::atoi(kEmbeddedFormatData[next_++]); }
  std::vector<std::string> texts() {
    std::vector<std::string> v(static_cast<std::size_t>(number()));
    for (std::string& s : v) s = text();
    return v;
  }

  Format format() {
    Format f;
    f.id = text();
    f.title = text();
    f.in_force_from = number();
    f.markers = texts();
    f.sections.resize(static_cast<std::size_t>(number()));
    for (SectionSpec& s : f.sections) {
      s.number = number();
      s.title = text();
      s.keywords = texts();
    }
    f.tables.resize(static_cast<std::size_t>(number()));
    for (TableSpec& t : f.tables) table(t);
    f.identities.resize(static_cast<std::size_t>(number()));
    for (IdentitySpec& s : f.identities) {
      s.rule = text();
      s.table = text();
      s.for_each_row = text() == "row";
      s.lhs = texts();
      s.rhs = texts();
      s.anchor = text();
      s.report_sides = text() == "sides";
      s.message = text();
    }
    return f;
  }

 private:
  void table(TableSpec& t) {
    t.id = text();
    t.name = text();
    t.section = number();
    t.header_keywords = texts();
    t.columns.resize(static_cast<std::size_t>(number()));
    for (ColumnSpec& c : t.columns) {
      c.id = text();
      c.label = text();
      c.group = text();
      const std::string kind = text();
      c.kind = kind == "amount" ? CellKind::Amount : kind == "change" ? CellKind::Change : CellKind::Count;
    }
    const int rows = number();
    for (int i = 0; i < rows; ++i) {
      RowSpec r;
      r.id = text();
      r.label = text();
      r.variants = texts();
      r.unlabeled = number() != 0;
      const std::string parent = text();
      if (!parent.empty()) {
        r.parent = t.row_index(parent);
        t.rows[static_cast<std::size_t>(r.parent)].children.push_back(static_cast<int>(t.rows.size()));
      }
      t.rows.push_back(std::move(r));
    }
  }

  std::size_t next_ = 0;
};

}  // namespace

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
    FormatData data;
    for (std::size_t i = 0; i < kEmbeddedFormatCount; ++i) v.push_back(data.format());
    std::sort(v.begin(), v.end(), [](const Format& a, const Format& b) { return a.in_force_from > b.in_force_from; });
    return v;
  }();
  return all;
}

bool is_built_in(const Format& f) {
  for (const Format& built_in : formats())
    if (&built_in == &f) return true;
  return false;
}

bool is_built_in(const TableSpec& t) {
  for (const Format& f : formats())
    for (const TableSpec& built_in : f.tables)
      if (&built_in == &t) return true;
  return false;
}

}  // namespace gk
