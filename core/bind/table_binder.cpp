// Binds document rows to a table of the format by their labels, following the row groups
// ("（三）不予公开" then "1." … "8.") so that repeated item numbers find the right row.
// A label may come in several cells (a label wrapped over lines in PDF text, a group
// label beside its item); cells are read as units, each starting at an enumerator.
#include <algorithm>
#include <cstddef>
#include <vector>

#include "bind/label.h"
#include "bind/report.h"
#include "text/normalize.h"

namespace gk {

namespace {

// How alike a label must be to an official one to name its row: numbered labels are
// pinned by their number, so a truncated one still binds; unnumbered ones must be closer
// ("行政许可" is not "行政处罚"); an item outside the group the rows before opened must be
// closer still.
constexpr double kMinSimilarityNumbered = 0.5;
constexpr double kMinSimilarityUnnumbered = 0.7;
constexpr double kMinSimilarityOutOfGroup = 0.8;
// Below this length an unnumbered label ("其他", "总计") is a header word, not a row.
constexpr std::size_t kMinFuzzyCodePoints = 4;

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

struct Match {
  int row = -1;
  bool exact = false;
  double score = 0;
};

struct Matcher {
  const TableSpec& spec;
  std::vector<LabelParts> official;
  std::vector<std::vector<char32_t>> official_cps;  // sorted, for similarity()
  std::vector<std::vector<std::string>> variant_words;

  std::size_t longest_words = 0;  // code points of the longest official or variant words

  explicit Matcher(const TableSpec& s) : spec(s) {
    for (const RowSpec& r : s.rows) {
      official.push_back(parse_label(r.label));
      official_cps.push_back(sorted_code_points(official.back().words));
      longest_words = std::max(longest_words, official_cps.back().size());
      variant_words.emplace_back();
      for (const std::string& v : r.variants) {
        variant_words.back().push_back(parse_label(v).words);
        longest_words = std::max(longest_words, code_points(variant_words.back().back()));
      }
    }
  }

  bool same_words(std::size_t i, const std::string& words) const {
    if (official[i].words == words) return true;
    for (const std::string& v : variant_words[i])
      if (v == words) return true;
    return false;
  }

  bool in_context(std::size_t i, int context) const {
    int parent = spec.rows[i].parent;
    return parent == context || (context >= 0 && parent == spec.rows[context].parent);
  }

  // The spec row this label names, given the group the previous rows opened. Items are
  // looked for in that group first, then (closer matches only) anywhere: PDF text often
  // puts a group label after its first items.
  Match match(const LabelParts& lp, int context) const {
    Match best;
    const std::size_t length = code_points(lp.words);
    std::vector<char32_t> cps;  // sorted, computed when first needed
    bool have_cps = false;
    for (int pass = 0; pass < 2 && best.row < 0; ++pass) {
      for (std::size_t i = 0; i < official.size(); ++i) {
        if (spec.rows[i].unlabeled) continue;
        const LabelParts& o = official[i];
        bool item = o.level == EnumLevel::Item;
        if (item && (pass == 0) != in_context(i, context)) continue;
        if (!item && pass == 1) continue;
        if (lp.level != EnumLevel::None && (o.level != lp.level || o.number != lp.number)) continue;
        if (same_words(i, lp.words)) return {static_cast<int>(i), true, 1.0};
        // A shortened label ("部分公开") or a truncated one ("其他法律行政止公开").
        if (lp.level == EnumLevel::None && length < kMinFuzzyCodePoints) continue;
        double needed = pass == 1 ? kMinSimilarityOutOfGroup
                        : lp.level == EnumLevel::None ? kMinSimilarityUnnumbered : kMinSimilarityNumbered;
        // Lengths alone may rule the row out before the code points are compared.
        double bound = similarity_bound(length, official_cps[i].size());
        if (bound < needed || bound <= best.score) continue;
        if (!have_cps) {
          cps = sorted_code_points(lp.words);
          have_cps = true;
        }
        double score = similarity(cps, official_cps[i]);
        if (score >= needed && score > best.score) best = {static_cast<int>(i), false, score};
      }
    }
    return best;
  }
};

// One label: consecutive label cells from one that starts with an enumerator (or the
// row's first label cell) up to the next such cell.
struct LabelUnit {
  std::vector<const Cell*> cells;
};

std::string joined(const std::vector<const Cell*>& cells, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t i = from; i < to; ++i) s += cells[i]->text;
  return s;
}

const LabelParts& parsed_label(BindMemo& memo, std::string text) {
  auto it = memo.labels.find(text);
  if (it == memo.labels.end()) {
    LabelParts parts = parse_label(text);
    it = memo.labels.emplace(std::move(text), std::move(parts)).first;
  }
  return it->second;
}

// Joined cells longer than this are not read as one label (no label is anywhere near it).
constexpr std::size_t kMaxJoinBytes = 4096;

// Reads a unit as cells [from, to): all its cells, else its trailing cells (header words
// above a row label in PDF text), else its leading cells (text where the first value
// belongs: "8.属于行政查询事项 | 若干 | 0 …"), else the closest fuzzy reading of all of it.
// Only joins that could name a row are tried: an exact reading is no longer than the
// longest official label, a fuzzy one no longer than three times it (similarity() of keys
// more than three times apart in length is below every threshold). That keeps a row of
// thousands of text cells linear.
Match match_unit(const Matcher& m, const LabelUnit& u, int context, std::size_t& from, std::size_t& to,
                 BindMemo& memo) {
  const std::size_t n = u.cells.size();
  // Each cell's words (code points): a lower bound of its share of any join's words.
  std::vector<std::size_t> words(n + 1, 0), bytes(n + 1, 0);  // prefix sums
  for (std::size_t i = 0; i < n; ++i) {
    words[i + 1] = words[i] + code_points(parsed_label(memo, u.cells[i]->text).words);
    bytes[i + 1] = bytes[i] + u.cells[i]->text.size();
  }
  auto could_be = [&](std::size_t a, std::size_t b, std::size_t longest) {
    return words[b] - words[a] <= longest && bytes[b] - bytes[a] <= kMaxJoinBytes;
  };
  to = n;
  for (from = 0; from < n; ++from) {
    if (!could_be(from, n, m.longest_words)) continue;
    Match r = m.match(parsed_label(memo, joined(u.cells, from, n)), context);
    if (r.row >= 0 && r.exact) return r;
  }
  from = 0;
  for (to = n - 1; to > 0; --to) {
    if (!could_be(0, to, m.longest_words)) continue;
    Match r = m.match(parsed_label(memo, joined(u.cells, 0, to)), context);
    if (r.row >= 0 && r.exact) return r;
  }
  to = n;
  if (!could_be(0, n, 3 * m.longest_words)) return {};
  return m.match(parsed_label(memo, joined(u.cells, 0, n)), context);
}

// Text made only of digits and the marks numbers are written with ("12,34", "1 0", "3.")
// is a value written wrong, not label text: it starts the values.
bool numeric_looking(const std::string& text) {
  if (text.empty()) return false;
  // Only a digit or sign can start one (ASCII, full-width, Arabic-Indic, U+2212): labels
  // are turned away before anything is normalised.
  auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80 && !(lead >= '0' && lead <= '9') && lead != '+' && lead != '-' && lead != '.') return false;
  if (lead >= 0x80) {
    auto second = text.size() > 1 ? static_cast<unsigned char>(text[1]) : 0;
    bool maybe = (lead == 0xEF && second == 0xBC) || lead == 0xD9 || lead == 0xDB || (lead == 0xE2 && second == 0x88);
    if (!maybe) return false;
  }
  std::string key = match_key(text);
  bool digit = false;
  for (char c : key) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != '+' && c != '-') return false;
  }
  return digit;
}

// match_key of a cell's or paragraph's text, worked out once per document.
const std::string& key_of(BindMemo& memo, const std::string& text) {
  auto it = memo.keys.find(&text);
  if (it == memo.keys.end()) it = memo.keys.emplace(&text, match_key(text)).first;
  return it->second;
}

bool mentions_any(const Row& row, const std::vector<std::string>& keys, BindMemo& memo) {
  for (const Cell& c : row.cells) {
    if (c.text.empty()) continue;
    const std::string& k = key_of(memo, c.text);
    for (const std::string& key : keys)
      if (k.find(key) != std::string::npos) return true;
  }
  return false;
}

// Binds row.cells[begin, end) to spec row `item`; the first occurrence of a row wins.
// Blank cells around the values are layout debris (merged label columns, trailing tabs)
// only when there are too many.
void assign_values(BoundTable& bound, int item, const Row& row, const std::vector<const Cell*>& label,
                   bool exact, std::size_t begin, std::size_t end, std::size_t columns) {
  // Leading blanks first: the slots a merged label spans (HTML, .docx) come before the values.
  while (end - begin > columns && row.cells[begin].span.empty()) ++begin;
  while (end - begin > columns && row.cells[end - 1].span.empty()) --end;
  BoundRow& b = bound.rows[item];
  if (b.source != nullptr) return;
  b.source = &row;
  if (!label.empty()) {
    b.label = Span{label.front()->span.begin, label.back()->span.end};
    b.label_text = joined(label, 0, label.size());
    b.label_cell = static_cast<std::size_t>(label.front() - row.cells.data());
  }
  b.exact_label = exact;
  b.value_cells = end - begin;
  ++bound.found_rows;
  if (b.value_cells != columns) return;
  for (std::size_t c = begin; c < end; ++c)
    b.values.push_back({&row.cells[c], parse_cell_value(row.cells[c].text)});
}

}  // namespace

BoundTable bind_table(const Document& doc, const TableSpec& spec) {
  BindMemo memo;
  return bind_table(doc, spec, memo);
}

BoundTable bind_table(const Document& doc, const TableSpec& spec, BindMemo& memo) {
  if (memo.kinds.size() != doc.tables.size()) {
    memo.kinds.assign(doc.tables.size(), {});
    for (std::size_t t = 0; t < doc.tables.size(); ++t) {
      for (const Row& row : doc.tables[t].rows) {
        memo.kinds[t].emplace_back();
        for (const Cell& c : row.cells) memo.kinds[t].back().push_back(parse_cell_value(c.text).kind);
      }
    }
  }
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

  std::vector<ValueKind> kinds;
  const Row* blank_values = nullptr;  // 表四's row as the blank form has it: all cells blank
  for (const Block& block : doc.blocks) {
    if (block.kind == Block::Kind::Paragraph) {
      // The header may be text of its own (PDF text, or the section heading).
      if (unlabeled >= 0 && !header_seen) {
        const std::string& k = key_of(memo, doc.paragraphs[block.index].text);
        for (const std::string& key : header_keys) header_seen = header_seen || k.find(key) != std::string::npos;
      }
      continue;
    }
    const std::vector<Row>& rows = doc.tables[block.index].rows;
    for (std::size_t ri = 0; ri < rows.size(); ++ri) {
      const Row& row = rows[ri];
      if (unlabeled >= 0 && !header_seen) header_seen = mentions_any(row, header_keys, memo);
      const std::vector<ValueKind>& kinds = memo.kinds[block.index][ri];
      // Labels come first; the first number or placeholder starts the values, and text
      // after it is a bad value, not another label.
      std::size_t first_value = row.cells.size();
      for (std::size_t c = 0; c < row.cells.size(); ++c)
        if ((kinds[c] != ValueKind::Text && kinds[c] != ValueKind::Empty) ||
            (kinds[c] == ValueKind::Text && numeric_looking(row.cells[c].text))) {
          first_value = c;
          break;
        }

      std::vector<LabelUnit> units;
      std::size_t last_label = 0;
      for (std::size_t c = 0; c < first_value; ++c) {
        if (kinds[c] != ValueKind::Text) continue;
        last_label = c;
        if (units.empty() || parsed_label(memo, row.cells[c].text).level != EnumLevel::None) units.emplace_back();
        units.back().cells.push_back(&row.cells[c]);
      }

      Match item;
      std::vector<const Cell*> item_cells;
      const Cell* first_unused = nullptr;  // a label cell the item's label did not take
      for (const LabelUnit& u : units) {
        std::size_t from = 0, to = 0;
        Match m = match_unit(matcher, u, context, from, to, memo);
        item = m;
        item_cells.assign(u.cells.begin() + static_cast<std::ptrdiff_t>(from),
                          u.cells.begin() + static_cast<std::ptrdiff_t>(to));
        first_unused = to < u.cells.size() ? u.cells[to] : nullptr;
        if (m.row < 0) continue;
        const RowSpec& r = spec.rows[m.row];
        if (!r.children.empty()) context = m.row;
        else if (r.parent < 0) context = -1;
        else context = r.parent;
      }

      std::size_t begin = units.empty() ? 0 : last_label + 1, end = row.cells.size();
      // Text after the item's label is a bad value in the first value columns.
      if (item.row >= 0 && first_unused != nullptr) begin = static_cast<std::size_t>(first_unused - row.cells.data());
      if (begin == end) continue;  // a group label on its own: context only
      bool any_value = false;
      for (std::size_t c = begin; c < end && !any_value; ++c)
        any_value = kinds[c] != ValueKind::Empty && kinds[c] != ValueKind::Text;
      // A header row: labels over blank cells. A row label over more blank cells than
      // columns is a blank row whose label spans several columns (the blank form).
      bool blank_row = item.row >= 0 && end - begin > columns && spec.rows[item.row].children.empty();
      if (!any_value && end - begin != columns && !blank_row) continue;

      // A group label over blank cells (its items carry the numbers) only opens the group.
      if (item.row >= 0 && !spec.rows[item.row].children.empty() && !any_value) continue;
      if (item.row >= 0) {
        assign_values(bound, item.row, row, item_cells, item.exact, begin, end, columns);
        continue;
      }
      // 表四: the row of values under the header, with no label of its own (or only
      // header words that name no row).
      if (unlabeled >= 0 && header_seen && bound.rows[unlabeled].source == nullptr) {
        std::size_t filled = 0;
        for (std::size_t c = begin; c < end; ++c) filled += kinds[c] != ValueKind::Empty;
        if (filled == columns || (units.empty() && any_value)) {
          assign_values(bound, unlabeled, row, {}, true, begin, end, columns);
          continue;
        }
        if (units.empty() && filled == 0 && end - begin == columns && blank_values == nullptr) blank_values = &row;
      }
    }
  }
  // A row of blank cells under the header is the row of values only when no row has any.
  if (unlabeled >= 0 && bound.rows[unlabeled].source == nullptr && blank_values != nullptr)
    assign_values(bound, unlabeled, *blank_values, {}, true, 0, blank_values->cells.size(), columns);
  return bound;
}

}  // namespace gk
