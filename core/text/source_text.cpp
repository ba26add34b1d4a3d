#include "text/source_text.h"

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace gk::text {

namespace {
// UTF-16 units of the code point whose lead byte is b (4-byte sequences are surrogate pairs).
inline std::size_t utf16_units_of_lead(unsigned char b) {
  if (is_continuation_byte(b)) return 0;
  return b >= 0xF0 ? 2 : 1;
}
}  // namespace

SourceText::SourceText(std::string utf8) : text_(std::move(utf8)) {
  // The tables are sized once (no doubling slack): a long document of short lines holds
  // as many line starts as it has lines.
  const char* const data = text_.data();
  const std::size_t size = text_.size();
  const bool has_cr = std::memchr(data, '\r', size) != nullptr;
  std::size_t breaks = 0;
  for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', size - (p - data)))) != nullptr; ++p)
    ++breaks;
  if (has_cr) breaks += static_cast<std::size_t>(std::count(text_.begin(), text_.end(), '\r'));
  line_starts_.reserve(breaks + 1);
  line_starts_.push_back(0);
  if (!has_cr) {  // LF only: each line break found by memchr
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', size - (p - data)))) != nullptr; ++p)
      line_starts_.push_back(static_cast<std::size_t>(p - data) + 1);
    return;
  }
  // One pass: CR LF, lone CR and LF each end a line.
  for (std::size_t i = 0; i < text_.size(); ++i) {
    const char b = text_[i];
    if (b != '\n' && b != '\r') continue;
    if (b == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
    line_starts_.push_back(i + 1);
  }
}

std::size_t SourceText::line_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                  line_starts_.begin());
}

Span SourceText::line_span(std::size_t line) const {
  std::size_t begin = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return {begin, end};
}

Position SourceText::position(std::size_t offset) const {
  if (line_utf16_starts_.empty()) {
    line_utf16_starts_.reserve(line_starts_.size());
    std::size_t units = 0, line = 0;
    for (std::size_t i = 0; i <= text_.size(); ++i) {
      while (line < line_starts_.size() && line_starts_[line] == i) {
        line_utf16_starts_.push_back(units);
        ++line;
      }
      if (i < text_.size()) units += utf16_units_of_lead(static_cast<unsigned char>(text_[i]));
    }
  }
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  Position p;
  p.line = line_index + 1;
  p.utf16 = line_utf16_starts_[line_index];
  for (std::size_t i = line_starts_[line_index]; i < offset; ++i) {
    unsigned char b = static_cast<unsigned char>(text_[i]);
    if (!is_continuation_byte(b)) ++p.column;
    p.utf16 += utf16_units_of_lead(b);
  }
  return p;
}

std::size_t SourceText::utf16_length(Span s) const {
  std::size_t n = 0;
  for (std::size_t i = s.begin; i < s.end && i < text_.size(); ++i)
    n += utf16_units_of_lead(static_cast<unsigned char>(text_[i]));
  return n;
}

PositionIndex::PositionIndex(const SourceText& text, std::vector<std::size_t> offsets) : offsets_(std::move(offsets)) {
  std::sort(offsets_.begin(), offsets_.end());
  offsets_.erase(std::unique(offsets_.begin(), offsets_.end()), offsets_.end());
  const std::string& t = text.str();
  Position p;
  std::size_t i = 0;
  for (std::size_t target : offsets_) {
    target = std::min(target, t.size());
    for (; i < target; ++i) {
      unsigned char b = static_cast<unsigned char>(t[i]);
      if (b == '\n' || (b == '\r' && (i + 1 >= t.size() || t[i + 1] != '\n'))) {
        ++p.line;
        p.column = 1;
        ++p.utf16;
        continue;
      }
      if (!is_continuation_byte(b)) ++p.column;
      p.utf16 += utf16_units_of_lead(b);
    }
    positions_.push_back(p);
  }
}

Position PositionIndex::at(std::size_t byte_offset) const {
  auto it = std::lower_bound(offsets_.begin(), offsets_.end(), byte_offset);
  return positions_[static_cast<std::size_t>(it - offsets_.begin())];
}

}  // namespace gk::text
