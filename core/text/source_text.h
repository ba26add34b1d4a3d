// The decoded report text with its line table: maps byte offsets to what users and the
// browser's editor see (1-based line and code-point column, UTF-16 offsets).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gk::text {

// A half-open byte range [begin, end) of the decoded UTF-8 text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin >= end; }
  std::size_t size() const { return end - begin; }
};

struct Position {
  std::size_t line = 1;     // 1-based
  std::size_t column = 1;   // 1-based, in code points
  std::size_t utf16 = 0;    // 0-based offset in UTF-16 code units
};

class SourceText {
 public:
  explicit SourceText(std::string utf8);

  const std::string& str() const { return text_; }
  std::string_view view(Span s) const { return std::string_view(text_).substr(s.begin, s.size()); }

  std::size_t line_count() const { return line_starts_.size(); }
  // Line n (1-based) without its line break.
  Span line_span(std::size_t line) const;

  // Walks from the start of the offset's line: cheap for one offset, quadratic for many
  // on one long line; use PositionIndex for those.
  Position position(std::size_t byte_offset) const;
  // The 1-based line of an offset (what position() gives, without its columns).
  std::size_t line_of(std::size_t byte_offset) const;
  std::size_t utf16_length(Span s) const;

 private:
  std::string text_;
  std::vector<std::size_t> line_starts_;        // byte offset of each line's first byte
  // UTF-16 offset of each line's first unit: built when position() is first asked, as
  // output goes through PositionIndex and most checks never need it.
  mutable std::vector<std::size_t> line_utf16_starts_;
};

// Positions of many offsets computed in one sorted sweep over the text, so output of any
// number of findings stays linear in the size of the text.
class PositionIndex {
 public:
  PositionIndex(const SourceText& text, std::vector<std::size_t> offsets);
  Position at(std::size_t byte_offset) const;  // the offset must have been given

 private:
  std::vector<std::size_t> offsets_;
  std::vector<Position> positions_;
};

}  // namespace gk::text
