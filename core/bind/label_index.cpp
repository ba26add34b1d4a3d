#include "bind/label_index.h"

#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::bind {

using read::Cell, read::Document, read::Row, read::Table;
using text::append_match_key, text::count_code_points, text::EnumLevel, text::LabelParts, text::match_key,
    text::parse_cell_value, text::read_enumerator, text::ValueKind;

namespace {

// Text made only of digits and the marks numbers are written with ("12,34", "1 0", "3.")
// is a value written wrong, not label text: it starts the values.
bool numeric_looking(std::string_view text, std::string_view key) {
  if (text.empty()) return false;
  // Only a digit or sign can start one (ASCII, full-width, Arabic-Indic, U+2212).
  auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80 && !(lead >= '0' && lead <= '9') && lead != '+' && lead != '-' && lead != '.') return false;
  if (lead >= 0x80) {
    auto second = text.size() > 1 ? static_cast<unsigned char>(text[1]) : 0;
    bool maybe = (lead == 0xEF && second == 0xBC) || lead == 0xD9 || lead == 0xDB || (lead == 0xE2 && second == 0x88);
    if (!maybe) return false;
  }
  bool digit = false;
  for (char c : key) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != '+' && c != '-') return false;
  }
  return digit;
}

}  // namespace

LabelIndex::LabelIndex(const Document& doc) : doc_(doc) {
  std::size_t rows = 0, cells = 0;
  for (const Table& t : doc.tables) {
    first_row_.push_back(rows);
    rows += t.rows.size();
    for (const Row& r : t.rows) cells += r.cells.size();
  }
  // First the kinds, to size every array once: for a document of many reports the
  // doubling of growing arrays would briefly hold far more than the index itself.
  row_first_cell_.reserve(rows);
  plans_.reserve(rows);
  kinds_.reserve(cells);
  std::size_t text_cells = 0, text_bytes = 0;
  for (const Table& table : doc.tables)
    for (const Row& row : table.rows) {
      row_first_cell_.push_back(static_cast<std::uint32_t>(kinds_.size()));
      for (const Cell& cell : row.cells) {
        ValueKind kind = parse_cell_value(cell.text).kind;
        kinds_.push_back(static_cast<std::uint8_t>(kind));
        if (kind != ValueKind::Text) continue;
        ++text_cells;
        text_bytes += cell.text.size();
      }
    }
  keys_.reserve(text_bytes + text_bytes / 8);  // NFKC rarely lengthens; blanks and quotes go
  key_starts_.reserve(cells + 1);
  key_starts_.push_back(0);
  units_.reserve(text_cells);
  unit_cells_.reserve(text_cells);
  unit_words_.reserve(2 * text_cells);
  unit_bytes_.reserve(2 * text_cells);
  std::size_t row_index = 0;
  for (const Table& table : doc.tables) {
    for (const Row& row : table.rows) {
      const std::vector<Cell>& cells_of_row = row.cells;
      const std::size_t base = row_first_cell_[row_index++];
      for (std::size_t c = 0; c < cells_of_row.size(); ++c) {
        // Only text can be a label, a marker or a header word.
        if (static_cast<ValueKind>(kinds_[base + c]) == ValueKind::Text) append_match_key(keys_, cells_of_row[c].text);
        key_starts_.push_back(static_cast<std::uint32_t>(keys_.size()));
      }
      auto key = [&](std::size_t c) {
        return std::string_view(keys_).substr(key_starts_[base + c], key_starts_[base + c + 1] - key_starts_[base + c]);
      };
      // Labels come first; the first number or placeholder starts the values, and text
      // after it is a bad value, not another label.
      RowPlan plan;
      plan.first_value = static_cast<std::uint32_t>(cells_of_row.size());
      for (std::size_t c = 0; c < cells_of_row.size(); ++c) {
        ValueKind kind = static_cast<ValueKind>(kinds_[base + c]);
        if ((kind != ValueKind::Text && kind != ValueKind::Empty) ||
            (kind == ValueKind::Text && numeric_looking(cells_of_row[c].text, key(c)))) {
          plan.first_value = static_cast<std::uint32_t>(c);
          break;
        }
      }
      plan.unit_begin = plan.unit_end = static_cast<std::uint32_t>(units_.size());
      for (std::size_t c = 0; c < plan.first_value; ++c) {
        if (static_cast<ValueKind>(kinds_[base + c]) != ValueKind::Text) continue;
        plan.last_label = static_cast<std::uint32_t>(c);
        LabelParts parts;
        const std::size_t words_start = read_enumerator(key(c), parts);
        if (plan.unit_end == plan.unit_begin || parts.level != EnumLevel::None) {
          units_.push_back({static_cast<std::uint32_t>(unit_cells_.size()), 0,
                            static_cast<std::uint32_t>(unit_words_.size())});
          unit_words_.push_back(0);
          unit_bytes_.push_back(0);
          ++plan.unit_end;
        }
        UnitRecord& u = units_.back();
        ++u.size;
        unit_cells_.push_back(static_cast<std::uint32_t>(c));
        unit_words_.push_back(unit_words_.back() + static_cast<std::uint32_t>(count_code_points(key(c).substr(words_start))));
        unit_bytes_.push_back(unit_bytes_.back() + static_cast<std::uint32_t>(cells_of_row[c].text.size()));
      }
      plans_.push_back(plan);
    }
  }
}

LabelUnit LabelIndex::unit(std::size_t k) const {
  const UnitRecord& r = units_[k];
  LabelUnit u;
  u.index = k;
  u.size = r.size;
  u.cells = unit_cells_.data() + r.first;
  u.words = unit_words_.data() + r.first_sum;
  u.bytes = unit_bytes_.data() + r.first_sum;
  return u;
}

const std::string& LabelIndex::paragraph_key(std::size_t paragraph) {
  auto it = paragraph_keys_.find(paragraph);
  if (it == paragraph_keys_.end()) it = paragraph_keys_.emplace(paragraph, match_key(doc_.paragraphs[paragraph].text)).first;
  return it->second;
}

const LabelReading& LabelIndex::reading(std::size_t table, std::size_t row, const LabelUnit& unit,
                                        std::size_t from, std::size_t to) {
  // The key of joined cells is the join of their keys: match_key reads code point by code point.
  // Every table asks for the whole unit first: that reading is kept by unit.
  const bool whole = from == 0 && to == unit.size;
  if (whole) {
    if (whole_.empty()) whole_.assign(units_.size(), nullptr);
    if (whole_[unit.index] != nullptr) return *whole_[unit.index];
  }
  std::string& key = scratch_;
  key.clear();
  append_join_key(key, table, row, unit, from, to);
  auto k = by_key_.find(key);
  const LabelReading* reading = nullptr;
  if (k != by_key_.end()) {
    reading = k->second;
  } else {
    LabelReading& fresh = readings_.emplace_back();  // a deque: the key viewed below stays put
    fresh.id = readings_.size() - 1;
    fresh.key = key;
    const std::size_t words = read_enumerator(fresh.key, fresh.parts);
    fresh.parts.words = fresh.key.substr(words);
    reading = &fresh;
    by_key_.emplace(std::string_view(fresh.key), reading);
  }
  if (whole) whole_[unit.index] = reading;
  return *reading;
}

}  // namespace gk::bind
