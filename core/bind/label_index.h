// What binding needs to know about a document's table rows, worked out once per document
// and shared by every table of every format: each cell's value kind and match key, where
// a row's values start, its label units, and the parse of every join of label cells that
// a table tries (each join parsed once, however many tables ask).
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/cell_value.h"
#include "bind/label.h"
#include "read/document.h"

namespace gk::bind {

// A parsed label with what fuzzy matching compares: its words' code points, sorted.
struct LabelReading {
  std::size_t id = 0;  // dense, in the order readings are made: for tables' memos of matches
  std::string key;     // match_key of the joined cells
  text::LabelParts parts;
  // The sorted code points of parts.words, worked out when first asked (only fuzzy
  // matching asks, and most joins of a label's cells are only looked up exactly).
  const std::vector<char32_t>& sorted() const {
    if (!sorted_made_) {
      sorted_ = sorted_code_points(parts.words);
      sorted_made_ = true;
    }
    return sorted_;
  }

 private:
  mutable std::vector<char32_t> sorted_;
  mutable bool sorted_made_ = false;
};

// One label: consecutive label cells from one that starts with an enumerator (or the
// row's first label cell) up to the next such cell. A view into the index's flat arrays.
struct LabelUnit {
  std::size_t index = 0;                  // among the document's units
  std::size_t size = 0;                   // its cells
  const std::uint32_t* cells = nullptr;   // [size]: indexes into the row's cells
  const std::uint32_t* words = nullptr;   // [size + 1]: prefix sums of the cells' words (code points)
  const std::uint32_t* bytes = nullptr;   // [size + 1]: prefix sums of the cells' text bytes
};

struct RowPlan {
  std::uint32_t first_value = 0;  // the first cell that holds a value (or the row's size)
  std::uint32_t last_label = 0;   // the last label cell before it
  std::uint32_t unit_begin = 0;   // its units: LabelIndex::unit(unit_begin .. unit_end - 1)
  std::uint32_t unit_end = 0;
};

// Everything is kept in flat arrays (a few bytes a cell, keys only for text cells): for a
// document of many reports this index is the largest thing binding holds.
class LabelIndex {
 public:
  explicit LabelIndex(const read::Document& doc);

  const read::Document& doc() const { return doc_; }
  text::ValueKind kind(std::size_t table, std::size_t row, std::size_t cell) const {
    return static_cast<text::ValueKind>(kinds_[first_cell(table, row) + cell]);
  }
  // match_key of a text cell ("" for numbers, placeholders and blanks).
  std::string_view cell_key(std::size_t table, std::size_t row, std::size_t cell) const {
    std::size_t c = first_cell(table, row) + cell;
    return std::string_view(keys_).substr(key_starts_[c], key_starts_[c + 1] - key_starts_[c]);
  }
  const RowPlan& plan(std::size_t table, std::size_t row) const { return plans_[first_row_[table] + row]; }
  LabelUnit unit(std::size_t k) const;
  // match_key of a paragraph, worked out when first asked.
  const std::string& paragraph_key(std::size_t paragraph);
  // The reading of a unit's cells [from, to) joined.
  const LabelReading& reading(std::size_t table, std::size_t row, const LabelUnit& unit, std::size_t from,
                              std::size_t to);
  // Appends the match_key of a unit's cells [from, to) joined to `out`.
  void append_join_key(std::string& out, std::size_t table, std::size_t row, const LabelUnit& unit, std::size_t from,
                       std::size_t to) const {
    for (std::size_t i = from; i < to; ++i) out += cell_key(table, row, unit.cells[i]);
  }

 private:
  std::size_t first_cell(std::size_t table, std::size_t row) const { return row_first_cell_[first_row_[table] + row]; }

  const read::Document& doc_;
  std::vector<std::size_t> first_row_;          // [table]: index of its first row among all rows
  std::vector<std::uint32_t> row_first_cell_;   // [row]: index of its first cell among all cells
  std::vector<std::uint8_t> kinds_;             // [cell]: ValueKind
  std::string keys_;                            // the text cells' keys, one after another
  std::vector<std::uint32_t> key_starts_;       // [cell + 1]: where each cell's key starts in keys_
  std::vector<RowPlan> plans_;                  // [row]
  struct UnitRecord {
    std::uint32_t first;  // into unit_cells_; unit_sums_ has one more entry per unit
    std::uint32_t size;
    std::uint32_t first_sum;
  };
  std::vector<UnitRecord> units_;
  std::vector<std::uint32_t> unit_cells_;
  std::vector<std::uint32_t> unit_words_, unit_bytes_;  // prefix sums, size + 1 per unit
  std::unordered_map<std::size_t, std::string> paragraph_keys_;  // the few paragraphs asked for
  std::deque<LabelReading> readings_;  // a deque: readings stay where they are as it grows
  // Readings by key: a label written in many rows (a document of many reports) is read
  // once, and the index stays small (a cache by unit and cells would grow with the rows).
  std::unordered_map<std::string_view, const LabelReading*> by_key_;  // views of the readings' keys
  std::string scratch_;  // the key being looked up
  std::vector<const LabelReading*> whole_;  // [unit]: the reading of all its cells, once asked
};

}  // namespace gk::bind
