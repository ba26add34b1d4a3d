// A table's rows as label matching sees them: each row's official and variant words, the
// table's vocabulary, and how a label reading is matched to a row (exactly, or by likeness,
// within the group the rows before opened). Made once per table of a format, when the
// format catalogue is made (bind/format_catalogue.h).
#pragma once
#include <algorithm>
#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bind/label.h"
#include "bind/label_index.h"
#include "formats/format.h"
#include "text/utf8.h"

namespace gk::bind {

struct RowMatch {
  int row = -1;
  bool exact = false;
  double score = 0;
};

struct RowMatcher {
  // How alike a label must be to an official one to name its row: numbered labels are
  // pinned by their number, so a truncated one still binds; unnumbered ones must be closer
  // ("行政许可" is not "行政处罚"); an item outside the group the rows before opened must be
  // closer still.
  static constexpr double kMinSimilarityNumbered = 0.5;
  static constexpr double kMinSimilarityUnnumbered = 0.7;
  static constexpr double kMinSimilarityOutOfGroup = 0.8;
  // Below this length an unnumbered label ("其他", "总计") is a header word, not a row.
  static constexpr std::size_t kMinFuzzyCodePoints = 4;

  const format::TableSpec& spec;
  std::vector<text::LabelParts> official;
  std::vector<std::vector<char32_t>> official_cps;  // sorted, for similarity()
  // Official and variant words -> the rows that use them, in row order.
  std::unordered_map<std::string, std::vector<int>> exact;
  // The same words as views of exact's keys (its nodes stay put, moved or not): looked up
  // before a join of a label's cells is read, by the join's words alone.
  std::unordered_set<std::string_view> exact_words;
  std::size_t longest_words = 0;  // code points of the longest official or variant words
  std::size_t shortest_official = static_cast<std::size_t>(-1);  // code points of the shortest official words
  // The code points of all official and variant words, hashed to bits: a label's code
  // points outside it can be common with no row, which bounds every row's similarity
  // before any is compared (most labels a table is offered belong to another table).
  static constexpr std::size_t kVocabularyBits = 1024;
  std::bitset<kVocabularyBits> vocabulary;
  static std::size_t vocabulary_bit(char32_t cp) { return (cp * 2654435761u) % kVocabularyBits; }
  void add_vocabulary(const std::string& words) {
    for (char32_t cp : sorted_code_points(words)) vocabulary.set(vocabulary_bit(cp));
  }

  explicit RowMatcher(const format::TableSpec& s) : spec(s) {
    for (std::size_t i = 0; i < s.rows.size(); ++i) {
      const format::RowSpec& r = s.rows[i];
      official.push_back(text::parse_label(r.label));
      official_cps.push_back(sorted_code_points(official.back().words));
      longest_words = std::max(longest_words, official_cps.back().size());
      shortest_official = std::min(shortest_official, official_cps.back().size());
      add_exact(official.back().words, static_cast<int>(i));
      add_vocabulary(official.back().words);
      for (const std::string& v : r.variants) {
        std::string words = text::parse_label(v).words;
        longest_words = std::max(longest_words, text::count_code_points(words));
        add_exact(words, static_cast<int>(i));
        add_vocabulary(words);
      }
    }
    for (const auto& [words, rows] : exact) exact_words.insert(words);
  }

  bool may_be_exact(std::string_view words) const { return exact_words.count(words) > 0; }

  void add_exact(const std::string& words, int row) {
    std::vector<int>& rows = exact[words];
    if (rows.empty() || rows.back() != row) rows.push_back(row);
  }

  bool in_context(std::size_t i, int context) const {
    int parent = spec.rows[i].parent;
    return parent == context || (context >= 0 && parent == spec.rows[context].parent);
  }

  // Whether row i may be the one a label of this level and number names in this pass.
  bool eligible(std::size_t i, const text::LabelParts& lp, int context, int pass) const {
    if (spec.rows[i].unlabeled) return false;
    const text::LabelParts& o = official[i];
    bool item = o.level == text::EnumLevel::Item;
    if (item && (pass == 0) != in_context(i, context)) return false;
    if (!item && pass == 1) return false;
    return lp.level == text::EnumLevel::None || (o.level == lp.level && o.number == lp.number);
  }

  // The first row an exact reading names in this pass, or -1.
  int exact_row(const std::vector<int>* same, const text::LabelParts& lp, int context, int pass) const {
    if (same != nullptr)
      for (int i : *same)
        if (eligible(static_cast<std::size_t>(i), lp, context, pass)) return i;
    return -1;
  }

  // The row a fuzzy reading names best in this pass (no row when none is close enough).
  RowMatch fuzzy(const LabelReading& reading, std::size_t known, int context, int pass) const {
    const text::LabelParts& lp = reading.parts;
    const std::vector<char32_t>& sorted = reading.sorted();
    const std::size_t length = sorted.size();
    // A shortened label ("部分公开") or a truncated one ("其他法律行政止公开").
    if (lp.level == text::EnumLevel::None && length < kMinFuzzyCodePoints) return {};
    double needed = pass == 1 ? kMinSimilarityOutOfGroup
                    : lp.level == text::EnumLevel::None ? kMinSimilarityUnnumbered : kMinSimilarityNumbered;
    RowMatch best;
    for (std::size_t i = 0; i < official.size(); ++i) {
      // Lengths and the vocabulary may rule the row out before the code points are compared.
      const std::size_t official_length = official_cps[i].size();
      double bound = known >= std::min(length, official_length)
                         ? similarity_bound(length, official_length)
                         : 2.0 * static_cast<double>(known) / static_cast<double>(length + official_length);
      if (bound < needed || bound <= best.score) continue;
      if (!eligible(i, lp, context, pass)) continue;
      double score = similarity_if(sorted, official_cps[i], needed, best.score);
      if (score > 0) best = {static_cast<int>(i), false, score};
    }
    return best;
  }

  // The label's code points the vocabulary may hold.
  std::size_t known_code_points(const LabelReading& reading) const {
    std::size_t known = 0;
    for (char32_t cp : reading.sorted()) known += vocabulary.test(vocabulary_bit(cp));
    return known;
  }

  const std::vector<int>* exact_rows(const text::LabelParts& lp) const {
    auto same = exact.find(lp.words);
    return same == exact.end() ? nullptr : &same->second;
  }

  // The spec row this label names, given the group the previous rows opened. Items are
  // looked for in that group first, then (closer matches only) anywhere: PDF text often
  // puts a group label after its first items. An exact reading wins within its pass.
  RowMatch match(const LabelReading& reading, int context) const {
    const std::size_t known = known_code_points(reading);
    const std::size_t length = reading.sorted().size();
    // Too few of its code points are in the table's labels for any row to come within the
    // lowest threshold (0.5: 2·known / (length + shortest) below it), nor to be exact.
    static_assert(kMinSimilarityNumbered == 0.5 && kMinSimilarityUnnumbered > 0.5 && kMinSimilarityOutOfGroup > 0.5);
    if (known < length && 4 * known < length + shortest_official) return {};
    const std::vector<int>* same = known == length ? exact_rows(reading.parts) : nullptr;
    for (int pass = 0; pass < 2; ++pass) {
      if (int i = exact_row(same, reading.parts, context, pass); i >= 0) return {i, true, 1.0};
      if (RowMatch best = fuzzy(reading, known, context, pass); best.row >= 0) return best;
    }
    return {};
  }

  // match() when it is exact, else no row: what a partial join of a label's cells is
  // tried for. Fuzzy matching is needed only when an exact reading in the second pass
  // could be preempted by a fuzzy one in the first.
  RowMatch match_exact(const LabelReading& reading, int context) const {
    const std::vector<int>* same = exact_rows(reading.parts);
    if (same == nullptr) return {};
    if (int i = exact_row(same, reading.parts, context, 0); i >= 0) return {i, true, 1.0};
    int later = exact_row(same, reading.parts, context, 1);
    if (later < 0 || fuzzy(reading, known_code_points(reading), context, 0).row >= 0) return {};
    return {later, true, 1.0};
  }
};

}  // namespace gk::bind
