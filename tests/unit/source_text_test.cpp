// SourceText: byte offsets to what an editor shows (1-based line, code-point column) and to
// the UTF-16 offsets a browser's JavaScript strings use.
#include <catch2/catch.hpp>

#include "text/source_text.h"

using gk::text::Position;
using gk::text::SourceText;
using gk::text::Span;

namespace {

// Position as a comparable triple, so a failure prints all three numbers.
std::string where(const SourceText& t, std::size_t offset) {
  Position p = t.position(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column) + "@" + std::to_string(p.utf16);
}

std::string line_text(const SourceText& t, std::size_t line) { return std::string(t.view(t.line_span(line))); }

}  // namespace

TEST_CASE("LF line ends", "[source_text]") {
  SourceText t("ab\ncd\n\nef");
  REQUIRE(t.line_count() == 4);
  CHECK(line_text(t, 1) == "ab");
  CHECK(line_text(t, 2) == "cd");
  CHECK(line_text(t, 3) == "");
  CHECK(line_text(t, 4) == "ef");
  CHECK(where(t, 0) == "1:1@0");
  CHECK(where(t, 2) == "1:3@2");  // the line break itself
  CHECK(where(t, 3) == "2:1@3");
  CHECK(where(t, 7) == "4:1@7");
}

TEST_CASE("CRLF line ends count as one break but two UTF-16 units", "[source_text]") {
  SourceText t("ab\r\ncd\r\n");
  REQUIRE(t.line_count() == 3);  // the final break opens an empty last line
  CHECK(line_text(t, 1) == "ab");  // neither CR nor LF belongs to the line
  CHECK(line_text(t, 2) == "cd");
  CHECK(line_text(t, 3) == "");
  CHECK(t.line_span(1).end == 2);
  CHECK(where(t, 2) == "1:3@2");
  CHECK(where(t, 4) == "2:1@4");
  CHECK(where(t, 5) == "2:2@5");
  CHECK(where(t, 8) == "3:1@8");
}

TEST_CASE("a lone CR ends a line (old Mac text)", "[source_text]") {
  SourceText t("ab\rcd\r\rx");
  REQUIRE(t.line_count() == 4);
  CHECK(line_text(t, 1) == "ab");
  CHECK(line_text(t, 2) == "cd");
  CHECK(line_text(t, 3) == "");
  CHECK(line_text(t, 4) == "x");
  CHECK(where(t, 3) == "2:1@3");
  CHECK(where(t, 7) == "4:1@7");
}

TEST_CASE("CJK: three UTF-8 bytes are one column and one UTF-16 unit", "[source_text]") {
  SourceText t("总计\n\t予以公开\t1");
  CHECK(where(t, 3) == "1:2@1");
  CHECK(where(t, 6) == "1:3@2");   // end of 总计
  CHECK(where(t, 7) == "2:1@3");   // the tab
  CHECK(where(t, 8) == "2:2@4");   // 予
  CHECK(where(t, 21) == "2:7@9");  // the "1" after 予以公开 and a tab
  CHECK(t.utf16_length({0, 6}) == 2);
  CHECK(t.utf16_length({8, 20}) == 4);
}

TEST_CASE("an astral character: four UTF-8 bytes are one column, two UTF-16 units", "[source_text]") {
  // U+20000 (𠀀, CJK Extension B) as some place names need.
  SourceText t("𠀀乡\n𠀀a");
  CHECK(where(t, 4) == "1:2@2");    // 乡 after the surrogate pair
  CHECK(where(t, 7) == "1:3@3");
  CHECK(where(t, 8) == "2:1@4");
  CHECK(where(t, 12) == "2:2@6");   // "a"
  CHECK(t.utf16_length({0, 4}) == 2);
  CHECK(t.utf16_length({0, 7}) == 3);
  CHECK(t.utf16_length({8, 13}) == 3);
}

TEST_CASE("offsets at and beyond the end of the text", "[source_text]") {
  SourceText t("一\n二");
  CHECK(where(t, 7) == "2:2@3");    // the end of the text is a valid position
  CHECK(where(t, 100) == "2:2@3");  // beyond it clamps to the end
  CHECK(t.utf16_length({0, 100}) == 3);  // a span past the end stops at the end

  SourceText empty("");
  CHECK(empty.line_count() == 1);
  CHECK(line_text(empty, 1) == "");
  CHECK(where(empty, 0) == "1:1@0");
}

TEST_CASE("utf16_length of spans", "[source_text]") {
  SourceText t("a总𠀀\r\nb");
  CHECK(t.utf16_length({0, 0}) == 0);
  CHECK(t.utf16_length({0, 1}) == 1);
  CHECK(t.utf16_length({1, 4}) == 1);
  CHECK(t.utf16_length({4, 8}) == 2);
  CHECK(t.utf16_length({0, 11}) == 7);  // a 总 D840 DC00 CR LF b
  CHECK(t.view(Span{1, 8}) == "总𠀀");
}
