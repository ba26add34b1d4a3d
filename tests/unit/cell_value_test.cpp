// parse_cell_value: what a table cell holds — a number, nothing, a placeholder where a
// number belongs, or text — and Quantity, the exact decimal the sums are done in.
#include <catch2/catch.hpp>

#include "text/cell_value.h"

using gk::text::CellValue;
using gk::text::parse_cell_value;
using gk::text::Quantity;
using gk::text::ValueKind;

namespace {

// The number a cell holds, as Quantity::str() prints it; fails the test for anything else.
std::string number(const char* cell) {
  CellValue v = parse_cell_value(cell);
  INFO("cell \"" << cell << "\"");
  REQUIRE(v.kind == ValueKind::Number);
  return v.quantity.str();
}

ValueKind kind(const char* cell) { return parse_cell_value(cell).kind; }

}  // namespace

TEST_CASE("integers", "[cell_value]") {
  CHECK(number("0") == "0");
  CHECK(number("1") == "1");
  CHECK(number("3119") == "3119");
  CHECK(number(" 12 ") == "12");   // blanks around a value are layout
  CHECK(number("\u300012") == "12");
  CHECK(parse_cell_value("42").quantity.scaled == 42 * Quantity::kScale);
  CHECK(parse_cell_value("42").quantity.integral());
}

TEST_CASE("thousands separators", "[cell_value]") {
  CHECK(number("1,234") == "1234");
  CHECK(number("12,345,678") == "12345678");
  CHECK(number("１，２３４") == "1234");  // full-width digits and comma
  CHECK(number("1,234.5") == "1234.5");
  // A comma that does not group by three is not a thousands separator.
  CHECK(kind("1,23") == ValueKind::Text);
  CHECK(kind("1234,567") == ValueKind::Text);
  CHECK(kind("1,2345") == ValueKind::Text);
  CHECK(kind(",123") == ValueKind::Text);
}

TEST_CASE("a space between digit groups", "[cell_value]") {
  // match_key drops every blank, so a space-grouped number reads as one number
  // (the SI style "1 234").
  CHECK(number("1 234") == "1234");
  CHECK(number("1\u00A0234") == "1234");
}

TEST_CASE("decimals", "[cell_value]") {
  CHECK(number("96171.6") == "96171.6");
  CHECK(parse_cell_value("96171.6").quantity.scaled == 961716000);
  CHECK_FALSE(parse_cell_value("96171.6").quantity.integral());
  CHECK(number("0.05") == "0.05");
  CHECK(number("2.50") == "2.5");
  CHECK(number("3.0") == "3");
  CHECK(number("１２．５") == "12.5");
  // A point with no digits on one side is not a number.
  CHECK(kind("12.") == ValueKind::Text);
  CHECK(kind(".5") == ValueKind::Text);
  CHECK(kind("1.2.3") == ValueKind::Text);
}

TEST_CASE("signs", "[cell_value]") {
  CHECK(number("-3") == "-3");       // 本年增/减 may be negative
  CHECK(number("+5") == "5");
  CHECK(number("－3") == "-3");      // full-width hyphen-minus
  CHECK(number("-0.5") == "-0.5");
  CHECK(parse_cell_value("-0.5").quantity.scaled == -5000);
  CHECK(kind("--3") == ValueKind::Text);
  CHECK(kind("3-") == ValueKind::Text);
}

TEST_CASE("full-width digits", "[cell_value]") {
  CHECK(number("１２") == "12");
  CHECK(number("０") == "0");
}

TEST_CASE("placeholders where a number belongs", "[cell_value]") {
  for (const char* p : {"/", "／", "-", "－", "--", "—", "——", "–", "无", "\\", "×", " / "}) {
    INFO("cell \"" << p << "\"");
    CHECK(kind(p) == ValueKind::Placeholder);
  }
  CHECK(parse_cell_value("/").is_value_like());
}

TEST_CASE("empty cells", "[cell_value]") {
  CHECK(kind("") == ValueKind::Empty);
  CHECK(kind("   ") == ValueKind::Empty);
  CHECK(kind("\u3000") == ValueKind::Empty);
  CHECK(kind("\t\n") == ValueKind::Empty);
  CHECK(parse_cell_value("").is_value_like());
}

TEST_CASE("text", "[cell_value]") {
  CHECK(kind("予以公开") == ValueKind::Text);
  CHECK(kind("（一）予以公开") == ValueKind::Text);
  CHECK(kind("1.属于国家秘密") == ValueKind::Text);
  CHECK(kind("12件") == ValueKind::Text);
  CHECK(kind("无法提供") == ValueKind::Text);  // starts like the placeholder 无
  CHECK(kind(" \u3000无 ") == ValueKind::Placeholder);
  CHECK(kind("\t空") == ValueKind::Placeholder);
  CHECK(kind("\u3000予以公开") == ValueKind::Text);
  CHECK(kind("一") == ValueKind::Text);
  CHECK(kind("“无”") == ValueKind::Placeholder);  // quotes are not part of the key
  CHECK(kind("无无") == ValueKind::Text);
  CHECK(kind("１２件") == ValueKind::Text);
  CHECK(kind("12 空") == ValueKind::Text);
  CHECK(kind("abc") == ValueKind::Text);
  CHECK_FALSE(parse_cell_value("予以公开").is_value_like());
}

TEST_CASE("magnitudes no report can hold are TooLarge, not wrapped around", "[cell_value]") {
  CHECK(kind("1234567890123456789012345678901234567890") == ValueKind::TooLarge);
  CHECK(kind("-1234567890123456789012345678901234567890") == ValueKind::TooLarge);
  CHECK(kind("1234567890123456789012345678901234567890.5") == ValueKind::TooLarge);
  CHECK(kind("1,000,000,000,000,000") == ValueKind::TooLarge);
  CHECK(number("1000000000000") == "1000000000000");  // 10^12 is the largest accepted
  CHECK(kind("1000000000001") == ValueKind::TooLarge);
  CHECK(kind("1000000000000000") == ValueKind::TooLarge);
  // Still text when it is not a number at all.
  CHECK(kind("1234567890123456789012345678901234567890件") == ValueKind::Text);
  CHECK(parse_cell_value("1234567890123456789012345678901234567890").is_value_like());
}

TEST_CASE("Quantity::str prints exact decimals without trailing zeros", "[cell_value]") {
  CHECK(Quantity::of(0).str() == "0");
  CHECK(Quantity::of(12).str() == "12");
  CHECK(Quantity::of(-3).str() == "-3");
  CHECK(Quantity{961716000}.str() == "96171.6");
  CHECK(Quantity{12345}.str() == "1.2345");
  CHECK(Quantity{-12345}.str() == "-1.2345");
  CHECK(Quantity{-5000}.str() == "-0.5");
  CHECK(Quantity{1}.str() == "0.0001");
  CHECK((Quantity::of(1) + Quantity{5000}).str() == "1.5");
  CHECK((Quantity::of(1) - Quantity::of(3)).str() == "-2");
  CHECK(Quantity{15000}.as_double() == Approx(1.5));
}

// Two values a PDF extraction ran into one cell must not read as one number ("1 0" is not
// ten); a space groups digits only as a comma does, in threes.
TEST_CASE("two numbers run into one cell are not one number", "[cell_value]") {
  CHECK(kind("1 0") == ValueKind::Text);
  CHECK(kind("0 0 0") == ValueKind::Text);
  CHECK(kind("12 3") == ValueKind::Text);
  CHECK(kind("1 234") == ValueKind::Number);
  CHECK(kind("−3") == ValueKind::Number);  // U+2212 MINUS SIGN
}
