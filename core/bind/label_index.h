// What binding needs to know about a document's table rows, worked out once per document
// and shared by every table of every format: each cell's value kind and match key, where
// a row's values start, its label units, and the parse of every join of label cells that
// a table tries (each join parsed once, however many tables ask).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "bind/cell_value.h"
#include "bind/label.h"
#include "read/document.h"

namespace gk {

// A parsed label with what fuzzy matching compares: its words' code points, sorted.
struct LabelReading {
  LabelParts parts;
  std::vector<char32_t> sorted;  // sorted code points of parts.words
};

// One label: consecutive label cells from one that starts with an enumerator (or the
// row's first label cell) up to the next such cell.
struct LabelUnit {
  std::uint32_t id = 0;                 // unique in the document, for the join cache
  std::vector<std::size_t> cells;       // indexes into the row's cells
  std::vector<std::size_t> words;       // prefix sums of the cells' words (code points)
  std::vector<std::size_t> bytes;       // prefix sums of the cells' text bytes
};

struct RowPlan {
  std::size_t first_value = 0;  // the first cell that holds a value (or the row's size)
  std::size_t last_label = 0;   // the last label cell before it
  std::vector<LabelUnit> units;
};

class LabelIndex {
 public:
  explicit LabelIndex(const Document& doc);

  const Document& doc() const { return doc_; }
  const std::vector<ValueKind>& kinds(std::size_t table, std::size_t row) const { return kinds_[table][row]; }
  const std::string& cell_key(std::size_t table, std::size_t row, std::size_t cell) const {
    return keys_[table][row][cell];
  }
  const RowPlan& plan(std::size_t table, std::size_t row) const { return plans_[table][row]; }
  // match_key of a paragraph, worked out when first asked.
  const std::string& paragraph_key(std::size_t paragraph);
  // The reading of a unit's cells [from, to) joined.
  const LabelReading& reading(std::size_t table, std::size_t row, const LabelUnit& unit, std::size_t from,
                              std::size_t to);

 private:
  const Document& doc_;
  std::vector<std::vector<std::vector<ValueKind>>> kinds_;   // [table][row][cell]
  std::vector<std::vector<std::vector<std::string>>> keys_;  // [table][row][cell]
  std::vector<std::vector<RowPlan>> plans_;                  // [table][row]
  std::vector<std::unique_ptr<std::string>> paragraph_keys_;
  struct JoinKey {
    std::uint32_t unit;
    std::size_t from, to;
    bool operator==(const JoinKey& o) const { return unit == o.unit && from == o.from && to == o.to; }
  };
  struct JoinHash {
    std::size_t operator()(const JoinKey& k) const {
      std::uint64_t h = k.unit * 0x9E3779B97F4A7C15ULL;
      h ^= k.from + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
      h ^= k.to + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
      return static_cast<std::size_t>(h);
    }
  };
  std::vector<std::unique_ptr<LabelReading>> readings_;
  std::unordered_map<JoinKey, const LabelReading*, JoinHash> by_join_;
  std::unordered_map<std::string, const LabelReading*> by_key_;  // a key seen in many rows is read once
};

}  // namespace gk
