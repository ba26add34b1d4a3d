// sum.blank-cell: a blank cell the sums say cannot be 0 (a total left blank while its items
// are filled), with the value it should hold; and the identities a blank cannot save, broken
// for certain.
#include <catch2/catch.hpp>

#include "unit/blank_support.h"

using gk_test::check_synthetic;
using gk_test::Checked;
using gk_test::row;

namespace {

constexpr const char* kRule = "sum.blank-cell";

std::size_t sum_errors(const Checked& c) {
  std::size_t n = 0;
  for (const gk::rules::Finding& f : c.result->findings) n += f.rule.rfind("sum.", 0) == 0 && f.rule != kRule;
  return n;
}

}  // namespace

TEST_CASE("sum.blank-cell: blanks the sums allow to be 0 give none", "[blank-cell]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "withheld_1").values[gk_test::kNatural] = "";
  row(rows, "carried_out").values[gk_test::kCommercial] = "/";
  Checked c = check_synthetic(rows);
  CHECK(c.of(kRule).empty());
  CHECK(sum_errors(c) == 0);
  CHECK(c.of("table.cell-missing").size() == 1);
}

TEST_CASE("sum.blank-cell: a blank total whose items are filled", "[blank-cell]") {
  // 四、结转下年度继续办理·总计: the row adds to 1, and 一+二−（七） is 1 too.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "carried_out").values[gk_test::kTotal] = "";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message == "表三「四、结转下年度继续办理」行「总计」列为空白，按本表加总关系应为 1");
  CHECK(c.where(*found[0]) == c.rep.at("carried_out", gk_test::kTotal));
  CHECK(found[0]->expected->str() == "1");
  CHECK(found[0]->severity == gk::rules::Severity::Error);
  CHECK(found[0]->certainty == gk::rules::Certainty::Certain);
  REQUIRE(found[0]->cell.has_value());
  CHECK(found[0]->cell->row == "carried_out");
  CHECK(found[0]->cell->column == "total");
  CHECK(c.of("table.cell-missing").empty());  // its own finding, not also a blank cell
  CHECK(sum_errors(c) == 0);
}

TEST_CASE("sum.blank-cell: an item blank while its total and the others are filled", "[blank-cell]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "received").values[gk_test::kNatural] = "—";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message == "表三「一、本年新收政府信息公开申请数量」行「自然人」列为“—”，按本表加总关系应为 3");
}

TEST_CASE("sum.blank-cell: several blanks whose sum the total fixes", "[blank-cell]") {
  // 表四 行政复议 5 · (blank) · (blank) · 1, 总计 7: the two blanks add up to 1.
  auto reviews = gk_test::reviews_with({"5", "", "", "1", "7"});
  Checked c = check_synthetic(gk_test::consistent_rows_2021(), &reviews);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message == "表四「行政复议·结果纠正」、「行政复议·其他结果」为空白，按本表加总关系其和应为 1");
  CHECK(found[0]->related.size() == 1);
  CHECK(sum_errors(c) == 0);
}

TEST_CASE("sum.blank-cell: several in one table are one finding", "[blank-cell]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "carried_out").values[gk_test::kTotal] = "";
  row(rows, "disclosed").values[gk_test::kCommercial] = "";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "表三有 2 处空白按本表加总关系不能为 0：「（一）予以公开」行「商业企业」列应为 1；"
        "「四、结转下年度继续办理」行「总计」列应为 1");
  CHECK(found[0]->related.size() == 1);
}

TEST_CASE("sum rules: filled items above their total are broken for certain, blanks or not", "[blank-cell]") {
  // 表四 行政复议 6 · (blank) · (blank) · 2, 总计 7: no count in the blanks makes it hold.
  auto reviews = gk_test::reviews_with({"6", "", "", "2", "7"});
  Checked c = check_synthetic(gk_test::consistent_rows_2021(), &reviews);
  auto found = c.of("sum.review-total");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "行政复议：总计应为 8（结果维持、结果纠正、其他结果、尚未审结之和），实为 7（行政复议·结果纠正、行政复议·其他结果为空白，"
        "而数量不能为负：空白处填任何数都不能使其成立）");
  CHECK(found[0]->certainty == gk::rules::Certainty::Certain);
  CHECK(found[0]->severity == gk::rules::Severity::Error);
  CHECK(c.of(kRule).empty());
  // The blanks are still blank cells.
  CHECK(c.of("table.cell-missing").size() == 1);
}

TEST_CASE("sum.blank-cell: read through a shifted row it is to review", "[blank-cell]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "withheld_4").labels = "4.保护第三方合法权益\t\t";  // written from the line's first cell
  row(rows, "withheld_4").values[gk_test::kTotal] = "";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message == "表三「（三）不予公开·4.保护第三方合法权益」行「总计」列为空白，按本表加总关系应为 1");
  CHECK(found[0]->certainty == gk::rules::Certainty::Review);
  CHECK(c.of("table.shifted").size() == 1);
}
