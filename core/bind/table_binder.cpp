// Binds document rows to a table of the format by their labels, following the row groups
// ("（三）不予公开" then "1." … "8.") so that repeated item numbers find the right row.
#include <cstddef>
#include <vector>

#include "bind/label.h"
#include "bind/report.h"
#include "text/normalize.h"

namespace gk {

namespace {

// How alike a label must be to an official one to name its row: numbered labels are
// pinned by their number, so a truncated one still binds; unnumbered ones must be closer
// ("行政许可" is not "行政处罚").
constexpr double kMinSimilarityNumbered = 0.5;
constexpr double kMinSimilarityUnnumbered = 0.7;
// Below this length an unnumbered label ("其他", "总计") is a header word, not a row.
constexpr std::size_t kMinFuzzyCodePoints = 4;

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

struct SpecLabel {
  LabelParts official;
  std::vector<std::string> variant_words;
};

struct Matcher {
  const TableSpec& spec;
  std::vector<SpecLabel> labels;

  explicit Matcher(const TableSpec& s) : spec(s) {
    for (const RowSpec& r : s.rows) {
      SpecLabel l;
      l.official = parse_label(r.label);
      for (const std::string& v : r.variants) l.variant_words.push_back(parse_label(v).words);
      labels.push_back(std::move(l));
    }
  }

  bool same_words(std::size_t i, const std::string& words) const {
    if (labels[i].official.words == words) return true;
    for (const std::string& v : labels[i].variant_words)
      if (v == words) return true;
    return false;
  }

  // The spec row this label names, given the group the previous rows opened.
  int match(const LabelParts& lp, int context, bool& exact) const {
    int best = -1;
    double best_score = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
      const LabelParts& o = labels[i].official;
      bool in_context = spec.rows[i].parent == context ||
                        (context >= 0 && spec.rows[i].parent == spec.rows[context].parent);
      if (lp.level != EnumLevel::None) {
        if (o.level != lp.level || o.number != lp.number) continue;
        if (o.level == EnumLevel::Item && !in_context) continue;
      } else if (o.level == EnumLevel::Item && !in_context) {
        continue;  // "其他" alone must not bind to "3.其他" outside its group
      }
      if (same_words(i, lp.words)) {
        exact = true;
        return static_cast<int>(i);
      }
      // A shortened label ("部分公开") or a truncated one ("其他法律行政止公开").
      double score = similarity(lp.words, o.words);
      if (lp.level == EnumLevel::None && code_points(lp.words) < kMinFuzzyCodePoints) score = 0;
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(i);
      }
    }
    exact = false;
    double needed = lp.level == EnumLevel::None ? kMinSimilarityUnnumbered : kMinSimilarityNumbered;
    return best_score >= needed ? best : -1;
  }
};

bool is_label_cell(const Cell& c) {
  return !c.text.empty() && parse_cell_value(c.text).kind == ValueKind::Text;
}

bool mentions_any(const Row& row, const std::vector<std::string>& keys) {
  for (const Cell& c : row.cells) {
    if (c.text.empty()) continue;
    std::string k = match_key(c.text);
    for (const std::string& key : keys)
      if (k.find(key) != std::string::npos) return true;
  }
  return false;
}

// A row of values only (no label cell), with at least one number or placeholder.
bool is_values_only(const Row& row) {
  bool any = false;
  for (const Cell& c : row.cells) {
    ValueKind k = parse_cell_value(c.text).kind;
    if (k == ValueKind::Text) return false;
    any = any || k != ValueKind::Empty;
  }
  return any;
}

// Binds row.cells[begin, end) to spec row `item`; the first occurrence of a row wins.
void assign_values(BoundTable& bound, int item, const Row& row, const Cell* label, bool exact,
                   std::size_t begin, std::size_t end, std::size_t columns) {
  while (end - begin > columns && row.cells[end - 1].span.empty()) --end;
  while (end - begin > columns && row.cells[begin].span.empty()) ++begin;
  BoundRow& b = bound.rows[item];
  if (b.source != nullptr) return;
  b.source = &row;
  b.label = label;
  b.exact_label = exact;
  b.value_cells = end - begin;
  ++bound.found_rows;
  if (b.value_cells != columns) return;
  for (std::size_t c = begin; c < end; ++c)
    b.values.push_back({&row.cells[c], parse_cell_value(row.cells[c].text)});
}

}  // namespace

BoundTable bind_table(const Document& doc, const TableSpec& spec) {
  BoundTable bound;
  bound.spec = &spec;
  bound.rows.resize(spec.rows.size());
  Matcher matcher(spec);
  const std::size_t columns = spec.columns.size();
  int context = -1;

  int unlabeled = -1;
  for (std::size_t i = 0; i < spec.rows.size(); ++i)
    if (spec.rows[i].unlabeled) unlabeled = static_cast<int>(i);
  std::vector<std::string> header_keys;
  for (const std::string& k : spec.header_keywords) header_keys.push_back(match_key(k));
  bool header_seen = false;

  for (const Table& table : doc.tables) {
    for (const Row& row : table.rows) {
      if (unlabeled >= 0 && bound.rows[unlabeled].source == nullptr) {
        if (!header_seen) {
          header_seen = mentions_any(row, header_keys);
        } else if (is_values_only(row)) {
          assign_values(bound, unlabeled, row, nullptr, true, 0, row.cells.size(), columns);
          continue;
        }
      }
      // Labels come first; the first number or placeholder starts the values, and text
      // after it is a bad value, not another label.
      std::size_t first_value = row.cells.size();
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        ValueKind k = parse_cell_value(row.cells[c].text).kind;
        if (k != ValueKind::Text && k != ValueKind::Empty) { first_value = c; break; }
      }
      int item = -1;
      bool item_exact = true;
      const Cell* item_label = nullptr;
      std::size_t last_label = 0;
      bool any_label = false;
      for (std::size_t c = 0; c < first_value; ++c) {
        const Cell& cell = row.cells[c];
        if (!is_label_cell(cell)) continue;
        any_label = true;
        last_label = c;
        bool exact = false;
        int m = matcher.match(parse_label(cell.text), context, exact);
        item = m;
        item_exact = exact;
        item_label = &cell;
        if (m < 0) continue;
        const RowSpec& r = spec.rows[m];
        if (!r.children.empty()) context = m;
        else if (r.parent < 0) context = -1;
        else context = r.parent;
      }
      if (!any_label || item < 0) continue;

      // The cells after the last label are the row's values. Blank cells around them are
      // layout debris (merged label columns, trailing tabs) only when there are too many.
      std::size_t begin = last_label + 1, end = row.cells.size();
      if (begin == end) continue;  // a group label on its own: context only
      bool any_value = end - begin == columns;
      for (std::size_t c = begin; c < end && !any_value; ++c)
        any_value = !row.cells[c].span.empty();
      if (!any_value) continue;  // a header row: labels over blank cells

      assign_values(bound, item, row, item_label, item_exact, begin, end, columns);
    }
  }
  return bound;
}

}  // namespace gk
