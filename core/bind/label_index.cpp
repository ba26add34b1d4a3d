#include "bind/label_index.h"

#include "text/normalize.h"

namespace gk {

namespace {

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Text made only of digits and the marks numbers are written with ("12,34", "1 0", "3.")
// is a value written wrong, not label text: it starts the values.
bool numeric_looking(std::string_view text, const std::string& key) {
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

LabelIndex::LabelIndex(const Document& doc) : doc_(doc), paragraph_keys_(doc.paragraphs.size()) {
  std::uint32_t next_unit = 0;
  kinds_.resize(doc.tables.size());
  keys_.resize(doc.tables.size());
  plans_.resize(doc.tables.size());
  for (std::size_t t = 0; t < doc.tables.size(); ++t) {
    const std::vector<Row>& rows = doc.tables[t].rows;
    kinds_[t].resize(rows.size());
    keys_[t].resize(rows.size());
    plans_[t].resize(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const std::vector<Cell>& cells = rows[r].cells;
      std::vector<ValueKind>& kinds = kinds_[t][r];
      std::vector<std::string>& keys = keys_[t][r];
      kinds.reserve(cells.size());
      keys.reserve(cells.size());
      for (const Cell& c : cells) {
        kinds.push_back(parse_cell_value(c.text).kind);
        keys.push_back(c.text.empty() ? std::string() : match_key(c.text));
      }
      // Labels come first; the first number or placeholder starts the values, and text
      // after it is a bad value, not another label.
      RowPlan& plan = plans_[t][r];
      plan.first_value = cells.size();
      for (std::size_t c = 0; c < cells.size(); ++c)
        if ((kinds[c] != ValueKind::Text && kinds[c] != ValueKind::Empty) ||
            (kinds[c] == ValueKind::Text && numeric_looking(cells[c].text, keys[c]))) {
          plan.first_value = c;
          break;
        }
      for (std::size_t c = 0; c < plan.first_value; ++c) {
        if (kinds[c] != ValueKind::Text) continue;
        plan.last_label = c;
        LabelParts parts = parse_label_key(keys[c]);
        if (plan.units.empty() || parts.level != EnumLevel::None) {
          plan.units.emplace_back();
          plan.units.back().id = next_unit++;
          plan.units.back().words.push_back(0);
          plan.units.back().bytes.push_back(0);
        }
        LabelUnit& u = plan.units.back();
        u.cells.push_back(c);
        u.words.push_back(u.words.back() + code_points(parts.words));
        u.bytes.push_back(u.bytes.back() + cells[c].text.size());
      }
    }
  }
}

const std::string& LabelIndex::paragraph_key(std::size_t paragraph) {
  std::unique_ptr<std::string>& k = paragraph_keys_[paragraph];
  if (!k) k = std::make_unique<std::string>(match_key(doc_.paragraphs[paragraph].text));
  return *k;
}

const LabelReading& LabelIndex::reading(std::size_t table, std::size_t row, const LabelUnit& unit,
                                        std::size_t from, std::size_t to) {
  JoinKey jk{unit.id, from, to};
  auto it = by_join_.find(jk);
  if (it != by_join_.end()) return *it->second;
  // The key of joined cells is the join of their keys: match_key reads code point by code point.
  std::string key;
  for (std::size_t i = from; i < to; ++i) key += keys_[table][row][unit.cells[i]];
  auto k = by_key_.find(key);
  const LabelReading* reading = nullptr;
  if (k != by_key_.end()) {
    reading = k->second;
  } else {
    auto fresh = std::make_unique<LabelReading>();
    fresh->parts = parse_label_key(key);
    fresh->sorted = sorted_code_points(fresh->parts.words);
    reading = fresh.get();
    readings_.push_back(std::move(fresh));
    by_key_.emplace(std::move(key), reading);
  }
  by_join_.emplace(jk, reading);
  return *reading;
}

}  // namespace gk
