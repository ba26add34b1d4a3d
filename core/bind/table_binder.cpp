// Binds document rows to a table of the format by their labels, following the row groups
// ("（三）不予公开" then "1." … "8.") so that repeated item numbers find the right row.
// A label may come in several cells (a label wrapped over lines in PDF text, a group
// label beside its item); cells are read as units, each starting at an enumerator.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "bind/format_catalogue.h"
#include "bind/label.h"
#include "bind/label_index.h"
#include "bind/report.h"
#include "bind/row_matcher.h"

namespace gk::bind {

using format::RowSpec, format::TableSpec;
using read::Block, read::Document, read::Row;
using text::LabelParts, text::parse_cell_value, text::read_enumerator, text::Span, text::ValueKind;

namespace {

std::string joined(const Row& row, const LabelUnit& unit, std::size_t from, std::size_t to) {
  std::string s;
  s.reserve(unit.bytes[to] - unit.bytes[from]);
  for (std::size_t i = from; i < to; ++i) s += row.cells[unit.cells[i]].text;
  return s;
}

// Joined cells longer than this are not read as one label (no label is anywhere near it).
constexpr std::size_t kMaxJoinBytes = 4096;

// Matches already made in this table, by reading, for the group each was last matched in:
// a document of many reports names the same rows the same way, in the same groups, again
// and again.
struct MatchMemo {
  struct Made {
    int context = kNone;
    bool full = false;  // match(), not only match_exact()
    RowMatch match;
  };
  static constexpr int kNone = -2;  // no context is -2: -1 is "no group"
  std::vector<Made> made;
  Made& slot(const LabelReading& reading) {
    if (reading.id >= made.size()) made.resize(std::max<std::size_t>(64, 2 * (reading.id + 1)));
    return made[reading.id];
  }
  RowMatch operator()(const RowMatcher& m, const LabelReading& reading, int context) {
    Made& s = slot(reading);
    if (s.context != context || !s.full) s = {context, true, m.match(reading, context)};
    return s.match;
  }
  RowMatch exact(const RowMatcher& m, const LabelReading& reading, int context) {
    Made& s = slot(reading);
    if (s.context != context) s = {context, false, m.match_exact(reading, context)};
    return s.match.exact ? s.match : RowMatch{};
  }
};

// The readings of one row's joins of label cells, shared by every table of the format
// that looks at the row: each join is looked up in the index once, not once a table.
class RowReadings {
 public:
  explicit RowReadings(LabelIndex& index) : index_(index) {}
  void start(std::size_t table, std::size_t row) {
    table_ = table;
    row_ = row;
    made_.clear();
    words_.clear();
  }
  const LabelReading& get(const LabelUnit& u, std::size_t from, std::size_t to) {
    Made& m = made(u, from, to);
    if (m.reading == nullptr) m.reading = &index_.reading(table_, row_, u, from, to);
    return *m.reading;
  }
  // The words of the join (its key without the enumerator), without making a reading of it.
  std::string_view words(const LabelUnit& u, std::size_t from, std::size_t to) {
    Made& m = made(u, from, to);
    if (m.words_size == kUnknown) {
      const std::size_t begin = words_.size();
      index_.append_join_key(words_, table_, row_, u, from, to);
      LabelParts parts;
      m.words_begin = begin + read_enumerator(std::string_view(words_).substr(begin), parts);
      m.words_size = words_.size() - m.words_begin;
    }
    return std::string_view(words_).substr(m.words_begin, m.words_size);
  }

 private:
  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
  struct Made {
    std::size_t unit, from, to;
    const LabelReading* reading = nullptr;
    std::size_t words_begin = 0, words_size = kUnknown;  // in words_
  };
  Made& made(const LabelUnit& u, std::size_t from, std::size_t to) {
    for (Made& m : made_)
      if (m.unit == u.index && m.from == from && m.to == to) return m;
    made_.push_back({u.index, from, to});
    return made_.back();
  }
  LabelIndex& index_;
  std::size_t table_ = 0, row_ = 0;
  std::vector<Made> made_;
  std::string words_;  // the joins' keys asked for in this row, one after another
};

// Reads a unit as cells [from, to): all its cells, else its trailing cells (header words
// above a row label in PDF text), else its leading cells (text where the first value
// belongs: "8.属于行政查询事项 | 若干 | 0 …"), else the closest fuzzy reading of all of it.
// Only joins that could name a row are tried: an exact reading is no longer than the
// longest official label, a fuzzy one no longer than three times it (similarity() of keys
// more than three times apart in length is below every threshold). That keeps a row of
// thousands of text cells linear.
RowMatch match_unit(const RowMatcher& m, MatchMemo& memo, RowReadings& readings, const LabelUnit& u, int context,
                 std::size_t& from, std::size_t& to) {
  const std::size_t n = u.size;
  auto could_be = [&](std::size_t a, std::size_t b, std::size_t longest) {
    return u.words[b] - u.words[a] <= longest && u.bytes[b] - u.bytes[a] <= kMaxJoinBytes;
  };
  to = n;
  // A part of the unit is read only when its words are some row's exact words: only an
  // exact reading of a part is taken.
  for (from = 0; from < n; ++from) {
    if (!could_be(from, n, m.longest_words)) continue;
    if (from > 0 && !m.may_be_exact(readings.words(u, from, n))) continue;
    RowMatch r = memo.exact(m, readings.get(u, from, n), context);
    if (r.row >= 0) return r;
  }
  from = 0;
  for (to = n - 1; to > 0; --to) {
    if (!could_be(0, to, m.longest_words)) continue;
    if (!m.may_be_exact(readings.words(u, 0, to))) continue;
    RowMatch r = memo.exact(m, readings.get(u, 0, to), context);
    if (r.row >= 0) return r;
  }
  to = n;
  if (!could_be(0, n, 3 * m.longest_words)) return {};
  return memo(m, readings.get(u, 0, n), context);
}

bool mentions_any(LabelIndex& index, std::size_t table, std::size_t row, const std::vector<std::string>& keys) {
  const Row& r = index.doc().tables[table].rows[row];
  for (std::size_t c = 0; c < r.cells.size(); ++c) {
    std::string_view k = index.cell_key(table, row, c);
    if (k.empty()) continue;
    for (const std::string& key : keys)
      if (k.find(key) != std::string::npos) return true;
  }
  return false;
}

// The cells of row[begin, end) that hold its values. The slots a span left empty (HTML,
// .docx) are no values when the row has too many; else blank cells around the values are
// layout debris (merged label columns, trailing tabs), again only when there are too many:
// leading blanks first, the slots a merged label spans come before the values.
std::vector<std::size_t> value_cells(const Row& row, std::size_t begin, std::size_t end, std::size_t columns) {
  std::vector<std::size_t> cells;
  if (end - begin > columns) {
    for (std::size_t c = begin; c < end; ++c)
      if (!row.cells[c].filler) cells.push_back(c);
    if (cells.size() == columns) return cells;
    cells.clear();
  }
  while (end - begin > columns && row.cells[begin].span.empty()) ++begin;
  while (end - begin > columns && row.cells[end - 1].span.empty()) --end;
  for (std::size_t c = begin; c < end; ++c) cells.push_back(c);
  return cells;
}

// What a table would bind a row to: its spec row, the label cells that name it, its value
// cells. All tables propose for each row; where some proposal fits its table's grid (as
// many values as columns), only those are bound.
struct Proposal {
  int item = -1;
  const Row* row = nullptr;
  LabelUnit label;            // the unit whose cells [from, to) name the item
  bool labelled = false;
  std::size_t from = 0, to = 0;
  bool exact = true;
  std::vector<std::size_t> cells;  // the value cells
  bool fits = false;               // as many as the table's columns
  bool group = false;              // 表四 in one small table per group: this group's values
};

// One table's walk over the document: the group the rows have opened, whether its header
// has been seen, and the rows bound so far. All tables of a format walk together, row by row.
class TableWalk {
 public:
  TableWalk(LabelIndex& index, const TableIndex& table)
      : index_(index),
        spec_(table.spec()),
        matcher_(table.matcher),
        header_keys_(table.header_keys),
        columns_(spec_.columns.size()) {
    bound_.spec = &spec_;
    bound_.rows.resize(spec_.rows.size());
    for (std::size_t i = 0; i < spec_.rows.size(); ++i)
      if (spec_.rows[i].unlabeled) unlabeled_ = static_cast<int>(i);
  }

  void paragraph(std::size_t p) {
    // The header may be text of its own (PDF text, or the section heading).
    if (unlabeled_ < 0 || header_seen_) return;
    const std::string& k = index_.paragraph_key(p);
    for (const std::string& key : header_keys_) header_seen_ = header_seen_ || k.find(key) != std::string::npos;
  }

  std::optional<Proposal> row(std::size_t t, std::size_t ri, RowReadings& readings) {
    const Row& row = index_.doc().tables[t].rows[ri];
    if (unlabeled_ >= 0 && !header_seen_) header_seen_ = mentions_any(index_, t, ri, header_keys_);
    auto kinds = [&](std::size_t c) { return index_.kind(t, ri, c); };
    const RowPlan& plan = index_.plan(t, ri);
    const bool no_units = plan.unit_begin == plan.unit_end;

    RowMatch item;
    LabelUnit item_unit;  // the unit whose cells [from, to) name the item
    std::size_t item_from = 0, item_to = 0;
    std::size_t first_unused = row.cells.size();  // a label cell the item's label did not take
    for (std::size_t k = plan.unit_begin; k < plan.unit_end; ++k) {
      const LabelUnit u = index_.unit(k);
      std::size_t from = 0, to = 0;
      RowMatch m = match_unit(matcher_, memo_, readings, u, context_, from, to);
      item = m;
      item_unit = u;
      item_from = from;
      item_to = to;
      first_unused = to < u.size ? u.cells[to] : row.cells.size();
      if (m.row < 0) continue;
      const RowSpec& r = spec_.rows[m.row];
      if (!r.children.empty()) context_ = m.row;
      else if (r.parent < 0) context_ = -1;
      else context_ = r.parent;
    }

    std::size_t begin = no_units ? 0 : plan.last_label + 1, end = row.cells.size();
    // Text after the item's label is a bad value in the first value columns.
    if (item.row >= 0 && first_unused < row.cells.size()) begin = first_unused;
    if (begin == end) return {};  // a group label on its own: context only
    bool any_value = false;
    for (std::size_t c = begin; c < end && !any_value; ++c)
      any_value = kinds(c) != ValueKind::Empty && kinds(c) != ValueKind::Text;
    // A header row: labels over blank cells. A row label over more blank cells than
    // columns is a blank row whose label spans several columns (the blank form).
    bool blank_row = item.row >= 0 && end - begin > columns_ && spec_.rows[item.row].children.empty();
    if (!any_value && end - begin != columns_ && !blank_row) return {};

    // A group label over blank cells (its items carry the numbers) only opens the group.
    if (item.row >= 0 && !spec_.rows[item.row].children.empty() && !any_value) return {};
    if (item.row >= 0) {
      if (bound_.rows[item.row].source != nullptr) return {};  // the first occurrence of a row wins
      Proposal p = propose(item.row, row, begin, end);
      p.label = item_unit;
      p.labelled = true;
      p.from = item_from;
      p.to = item_to;
      p.exact = item.exact;
      return p;
    }
    // 表四: the row of values under the header, with no label of its own (or only
    // header words that name no row).
    if (unlabeled_ >= 0 && header_seen_ && bound_.rows[unlabeled_].source == nullptr) {
      std::size_t filled = 0;
      for (std::size_t c = begin; c < end; ++c) filled += kinds(c) != ValueKind::Empty;
      Proposal p = propose(unlabeled_, row, begin, end);
      // One small table per group (行政复议 / 未经复议直接起诉 / 复议后起诉): the next group's values.
      if (no_units && p.cells.size() == next_group_size() && p.cells.size() < columns_) {
        p.group = true;
        p.fits = true;
        return p;
      }
      // A row of values far from the table's width is another table's row that lost its label.
      if (filled == columns_ || (no_units && any_value && near_width(p.cells.size()))) return p;
      if (no_units && filled == 0 && end - begin == columns_ && blank_values_ == nullptr) blank_values_ = &row;
    }
    return {};
  }

  void bind(const Proposal& p) {
    if (!p.group) {
      bind_cells(p);
      return;
    }
    for (std::size_t c : p.cells) group_cells_.push_back(&p.row->cells[c]);
    if (group_source_ == nullptr) group_source_ = p.row;
    if (group_cells_.size() == columns_) bind_groups();
  }

  BoundTable finish() {
    // A row of blank cells under the header is the row of values only when no row has any.
    if (unlabeled_ >= 0 && bound_.rows[unlabeled_].source == nullptr && blank_values_ != nullptr)
      bind(propose(unlabeled_, *blank_values_, 0, blank_values_->cells.size()));
    // Some groups' small tables but not all: the row is there, with too few values.
    if (unlabeled_ >= 0 && bound_.rows[unlabeled_].source == nullptr && group_source_ != nullptr) bind_groups();
    return std::move(bound_);
  }

 private:
  Proposal propose(int item, const Row& row, std::size_t begin, std::size_t end) const {
    Proposal p;
    p.item = item;
    p.row = &row;
    p.cells = value_cells(row, begin, end, columns_);
    p.fits = p.cells.size() == columns_;
    return p;
  }

  // The groups read so far as one row of values, spanning the small tables.
  void bind_groups() {
    BoundRow& b = bound_.rows[unlabeled_];
    b.source = group_source_;
    b.values_in_one_row = false;  // no run of the source row's cells holds them all
    b.value_cells = group_cells_.size();
    ++bound_.found_rows;
    if (b.value_cells != columns_) return;
    for (const read::Cell* c : group_cells_) b.values.push_back({c, parse_cell_value(c->text)});
  }

  void bind_cells(const Proposal& p) {
    BoundRow& b = bound_.rows[p.item];
    if (b.source != nullptr) return;
    const Row& row = *p.row;
    b.source = &row;
    if (p.labelled && p.from < p.to) {
      b.label = Span{row.cells[p.label.cells[p.from]].span.begin, row.cells[p.label.cells[p.to - 1]].span.end};
      b.label_text = joined(row, p.label, p.from, p.to);
      b.label_cell = p.label.cells[p.from];
    }
    b.exact_label = p.exact;
    b.value_begin = p.cells.empty() ? 0 : p.cells.front();
    b.value_cells = p.cells.size();
    ++bound_.found_rows;
    if (!p.fits) return;
    b.values.reserve(columns_);
    for (std::size_t c : p.cells) b.values.push_back({&row.cells[c], parse_cell_value(row.cells[c].text)});
  }

  // The width of the next column group (columns of one "group" in the format, in order)
  // that no small table has given yet; 0 when the format has no groups.
  std::size_t next_group_size() const {
    const std::size_t at = group_cells_.size();
    if (at >= columns_ || spec_.columns[at].group.empty()) return 0;
    if (at > 0 && spec_.columns[at - 1].group == spec_.columns[at].group) return 0;  // not at a group's start
    std::size_t n = 0;
    while (at + n < columns_ && spec_.columns[at + n].group == spec_.columns[at].group) ++n;
    return n;
  }

  // A row a few values off the width (a value lost or split in conversion) is still the
  // table's row; half the width off is not.
  bool near_width(std::size_t n) const {
    const std::size_t off = n > columns_ ? n - columns_ : columns_ - n;
    return off * 4 <= columns_;
  }

  LabelIndex& index_;
  const TableSpec& spec_;
  const RowMatcher& matcher_;
  const std::vector<std::string>& header_keys_;
  const std::size_t columns_;
  MatchMemo memo_;
  BoundTable bound_;
  int context_ = -1;
  int unlabeled_ = -1;
  bool header_seen_ = false;
  const Row* blank_values_ = nullptr;  // 表四's row as the blank form has it: all cells blank
  std::vector<const read::Cell*> group_cells_;  // 表四's values read so far, group by group
  const Row* group_source_ = nullptr;           // the row of the first group
};

}  // namespace

std::vector<BoundTable> bind_tables(LabelIndex& index, const std::vector<TableIndex>& tables) {
  const Document& doc = index.doc();
  std::vector<TableWalk> walks;
  walks.reserve(tables.size());
  for (const TableIndex& table : tables) walks.emplace_back(index, table);
  RowReadings readings(index);
  std::vector<std::pair<TableWalk*, Proposal>> proposals;
  for (const Block& block : doc.blocks) {
    if (block.kind == Block::Kind::Paragraph) {
      for (TableWalk& w : walks) w.paragraph(block.index);
      continue;
    }
    const std::size_t t = block.index;
    for (std::size_t ri = 0; ri < doc.tables[t].rows.size(); ++ri) {
      readings.start(t, ri);
      proposals.clear();
      bool any_fits = false;
      for (TableWalk& w : walks) {
        std::optional<Proposal> p = w.row(t, ri, readings);
        if (!p) continue;
        any_fits = any_fits || p->fits;
        proposals.emplace_back(&w, std::move(*p));
      }
      // A row goes to the tables whose grid it fits, if any does.
      for (auto& [walk, p] : proposals)
        if (p.fits || !any_fits) walk->bind(p);
    }
  }
  std::vector<BoundTable> bound;
  bound.reserve(walks.size());
  for (TableWalk& w : walks) bound.push_back(w.finish());
  return bound;
}

}  // namespace gk::bind
