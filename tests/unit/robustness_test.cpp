// Regression tests for what fuzzing and the bad-input corpus found: inputs that made the
// core overflow, run quadratic or misread. Each case names what it guards against; under
// scripts/test.sh they also run in the ASan/UBSan build (build/asan).
#include <catch2/catch.hpp>

#include <string>

#include "bind/label.h"
#include "bind/signature.h"
#include "text/cell_value.h"
#include "check.h"
#include "text/saturate.h"
#include "unit/support.h"
#include "unit/synthetic_report.h"

namespace {

std::size_t count_rule(const gk::CheckResult& r, const std::string& rule) {
  std::size_t n = 0;
  for (const gk::rules::Finding& f : r.findings) n += f.rule == rule;
  return n;
}

const std::string kForty = "1234567890123456789012345678901234567890";

}  // namespace

TEST_CASE("robustness: forty-digit enumerators saturate instead of overflowing", "[robustness]") {
  gk::text::LabelParts item = gk::text::parse_label(kForty + ".属于国家秘密");
  CHECK(item.level == gk::text::EnumLevel::Item);
  CHECK(item.number == gk::text::kNumberCap);
  gk::text::LabelParts paren = gk::text::parse_label("（" + kForty + "）其他");
  CHECK(paren.number == gk::text::kNumberCap);
  std::string tens;
  for (int i = 0; i < 40; ++i) tens += "十";
  CHECK(gk::text::parse_label(tens + "、总体情况").number == gk::text::kNumberCap);
}

TEST_CASE("robustness: headings and dates with forty digits are read without overflow", "[robustness]") {
  std::string text = "某某局2021年政府信息公开工作年度报告\n" + kForty + "、总体情况\n（" + kForty +
                     "）主动公开\n正文。\n某某局\n" + kForty + "年" + kForty + "月" + kForty + "日\n";
  auto r = gk::check_text(text, "forty.txt");
  CHECK(r->report.sections.empty());
  CHECK_FALSE(r->report.signature.date.has_value());
}

TEST_CASE("robustness: the largest values a cell may hold add up without overflow", "[robustness]") {
  auto rows = gk_test::consistent_rows_2021();
  // Every cell of every row twelve nines: each identity's sum is far past any count but
  // must still be computed exactly (and found wrong).
  for (auto& row : rows)
    for (auto& v : row.values) v = "999999999999";
  auto r = gk::check_text(gk_test::build_report(rows).text, "large.txt");
  CHECK(count_rule(*r, "sum.row-total") > 0);
  CHECK(count_rule(*r, "sum.results-total") > 0);
  // One more digit is past what any report holds: the cell is invalid, not summed.
  CHECK(gk::text::parse_cell_value("9999999999999").kind == gk::text::ValueKind::TooLarge);
  CHECK(gk::text::parse_cell_value("999999999999").kind == gk::text::ValueKind::Number);
  CHECK(gk::text::parse_cell_value(kForty).kind == gk::text::ValueKind::TooLarge);
}

TEST_CASE("robustness: a report pasted twice is one finding, not one per section", "[robustness]") {
  std::string seed = gk_test::read_corpus("seeds/001_d37008fbb3c2afee.txt");
  auto once = gk::check_text(seed, "once.txt");
  auto twice = gk::check_text(seed + "\n" + seed, "twice.txt");
  REQUIRE(count_rule(*twice, "section.duplicate") == 1);
  for (const gk::rules::Finding& f : twice->findings)
    if (f.rule == "section.duplicate") CHECK(f.message.find("又出现一次") != std::string::npos);
  // The first copy is checked as it was alone.
  CHECK(count_rule(*twice, "sum.results-total") == count_rule(*once, "sum.results-total"));
  CHECK(count_rule(*twice, "sum.balance") == count_rule(*once, "sum.balance"));

  auto two = gk::check_text(seed + "\n" + gk_test::read_corpus("seeds/000_2a323641ce1d9cac.txt"), "two.txt");
  REQUIRE(count_rule(*two, "section.duplicate") == 1);
  for (const gk::rules::Finding& f : two->findings)
    if (f.rule == "section.duplicate") CHECK(f.message.find("另一份报告") != std::string::npos);
}

TEST_CASE("robustness: Arabic-Indic digits are read as digits, like full-width ones", "[robustness]") {
  CHECK(gk::text::parse_cell_value("١٢").kind == gk::text::ValueKind::Number);
  CHECK(gk::text::parse_cell_value("١٢").quantity == gk::text::Quantity::of(12));
  CHECK(gk::text::parse_cell_value("۱۲۳").quantity == gk::text::Quantity::of(123));
  CHECK(gk::text::parse_cell_value("１２").quantity == gk::text::Quantity::of(12));
  auto rows = gk_test::consistent_rows_2021();
  gk_test::row(rows, "received").values[gk_test::kNatural] = "٤";  // 4 instead of 3: the row total breaks
  auto r = gk::check_text(gk_test::build_report(rows).text, "arabic-indic.txt");
  CHECK(count_rule(*r, "sum.row-total") == 1);
  CHECK(count_rule(*r, "table.cell-invalid") == 0);
}

TEST_CASE("robustness: a malformed number where a value belongs is a bad value, not label text", "[robustness]") {
  auto rows = gk_test::consistent_rows_2021();
  gk_test::row(rows, "received").values[gk_test::kNatural] = "1,23";
  auto r = gk::check_text(gk_test::build_report(rows).text, "grouping.txt");
  CHECK(count_rule(*r, "table.row-missing") == 0);  // the row is still found by its label
  REQUIRE(count_rule(*r, "table.cell-invalid") == 1);
  for (const gk::rules::Finding& f : r->findings)
    if (f.rule == "table.cell-invalid") CHECK(f.message.find("“1,23”不是数字") != std::string::npos);
}

TEST_CASE("robustness: text that is no report at all gets one finding saying so", "[robustness]") {
  auto r = gk::check_text("今天天气很好。\n我们去公园散步。\n", "prose.txt");
  REQUIRE(count_rule(*r, "section.missing") == 1);
  CHECK(r->findings.size() == 1);
  CHECK(r->findings[0].message.find("不像政府信息公开工作年度报告") != std::string::npos);
  // Blank input stays input.empty's alone.
  auto blank = gk::check_text(" \n\t\n", "blank.txt");
  CHECK(count_rule(*blank, "section.missing") == 0);
  CHECK(count_rule(*blank, "input.empty") == 1);
}

TEST_CASE("robustness: text extracted from HTML is valid UTF-8 even where libtidy splits a character",
          "[robustness]") {
  // Found by fuzz/fuzz_decode: a stray '<' before a byte that is no UTF-8 made libtidy write
  // half a U+FFFD into the extracted text.
  for (const std::string& bytes : {std::string("<html\n<\xb3", 8), std::string("<html><body><p>\xe6\x96<\xb3 x</p>")}) {
    auto r = gk::check_bytes(bytes, "broken.html");
    const std::string& t = r->text.str();
    std::size_t i = 0;
    bool valid = true;
    while (valid && i < t.size()) {
      auto c = static_cast<unsigned char>(t[i]);
      std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
      valid = n > 0 && i + n <= t.size();
      for (std::size_t k = 1; valid && k < n; ++k) valid = (static_cast<unsigned char>(t[i + k]) & 0xC0) == 0x80;
      i += n;
    }
    CHECK(valid);
  }
}
