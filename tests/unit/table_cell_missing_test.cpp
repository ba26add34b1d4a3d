// table.cell-missing: one finding a table, naming the columns and rows left wholly blank and
// the other blank cells, at the first of them with the others related.
#include <catch2/catch.hpp>

#include "unit/blank_support.h"

using gk_test::check_synthetic;
using gk_test::Checked;
using gk_test::row;

namespace {

constexpr const char* kRule = "table.cell-missing";

}  // namespace

TEST_CASE("table.cell-missing: a clean table gives none", "[cell-missing]") {
  auto reviews = gk_test::zero_reviews();
  Checked c = check_synthetic(gk_test::consistent_rows_2021(), &reviews);
  CHECK(c.of(kRule).empty());
}

TEST_CASE("table.cell-missing: a column group left blank in every row is one finding", "[cell-missing]") {
  // The 法人或其他组织 columns blank throughout, 总计 counting 自然人 alone.
  auto rows = gk_test::consistent_rows_2021();
  for (gk_test::AppRow& r : rows) {
    int total = std::stoi(r.values[gk_test::kNatural]);
    for (int k = gk_test::kCommercial; k <= gk_test::kOtherOrg; ++k) r.values[k] = "";
    r.values[gk_test::kTotal] = std::to_string(total);
  }
  row(rows, "received").values[gk_test::kTotal] = "3";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "表三「法人或其他组织」各列（商业企业、科研机构、社会公益组织、法律服务机构、其他）全部空白，"
        "应填写数字（没有则填 0）；按空白为 0 计，本表加总关系均成立");
  CHECK(c.where(*found[0]) == c.rep.at("received", gk_test::kCommercial));
  CHECK(found[0]->related.size() == rows.size() * 5 - 1);
  REQUIRE(found[0]->cell.has_value());
  CHECK(found[0]->cell->row == "received");
  CHECK(found[0]->cell->column == "commercial");
  CHECK(c.of("sum.blank-cell").empty());
}

TEST_CASE("table.cell-missing: whole rows, then the other cells a row at a time", "[cell-missing]") {
  auto rows = gk_test::consistent_rows_2021();
  for (std::string& v : row(rows, "withheld_2").values) v = "";
  for (std::string& v : row(rows, "withheld_3").values) v = "/";
  row(rows, "unable_2").values[gk_test::kResearch] = "—";
  row(rows, "unable_2").values[gk_test::kLegal] = "—";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "表三「（三）不予公开·2.其他法律行政法规禁止公开」行、「（三）不予公开·3.危及“三安全一稳定”」行全部空白或“/”；"
        "「（四）无法提供·2.没有现成信息需要另行制作」行「科研机构」「法律服务机构」列为“—”，"
        "应填写数字（没有则填 0）；按空白为 0 计，本表加总关系均成立");
  CHECK(c.where(*found[0]) == c.rep.at("withheld_2", gk_test::kNatural));
  CHECK(found[0]->related.size() == 7 + 7 + 2 - 1);
}

TEST_CASE("table.cell-missing: more rows than listed are counted", "[cell-missing]") {
  auto rows = gk_test::consistent_rows_2021();
  for (const char* id : {"withheld_1", "withheld_2", "withheld_3", "withheld_5", "withheld_6", "withheld_7", "withheld_8"})
    row(rows, id).values[gk_test::kCommercial] = "";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "表三「（三）不予公开·1.属于国家秘密」行「商业企业」列、「（三）不予公开·2.其他法律行政法规禁止公开」行「商业企业」列、"
        "「（三）不予公开·3.危及“三安全一稳定”」行「商业企业」列、「（三）不予公开·5.属于三类内部事务信息」行「商业企业」列、"
        "「（三）不予公开·6.属于四类过程性信息」行「商业企业」列等 7 处为空白，应填写数字（没有则填 0）；"
        "按空白为 0 计，本表加总关系均成立");
  CHECK(found[0]->related.size() == 6);
}

TEST_CASE("table.cell-missing: a table left wholly blank is said once", "[cell-missing]") {
  auto rows = gk_test::consistent_rows_2021();
  for (gk_test::AppRow& r : rows)
    for (std::string& v : r.values) v = "";
  std::array<std::string, 15> reviews;
  reviews.fill("");
  Checked c = check_synthetic(rows, &reviews);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->message == "表三全部空白，应填写数字（没有则填 0）");
  CHECK(found[1]->message == "表四全部空白，应填写数字（没有则填 0）");
  CHECK(found[0]->related.size() == rows.size() * 7 - 1);
  CHECK(found[1]->related.size() == 14);
}

TEST_CASE("table.cell-missing: 表四's cells are named by their column", "[cell-missing]") {
  // 6 · (blank) · (blank) · 1, 总计 7: the sum holds only with the blanks as 0.
  auto reviews = gk_test::reviews_with({"6", "", "", "1", "7"});
  Checked c = check_synthetic(gk_test::consistent_rows_2021(), &reviews);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "表四「行政复议·结果纠正」「行政复议·其他结果」列为空白，应填写数字（没有则填 0）；按空白为 0 计，本表加总关系均成立");
  CHECK(c.of("sum.review-total").empty());
  CHECK(c.of("sum.blank-cell").empty());
}

TEST_CASE("table.cell-missing: a blank whose value the sums fix is left to sum.blank-cell", "[cell-missing]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "received").values[gk_test::kNatural] = "";     // must be 3
  row(rows, "withheld_6").values[gk_test::kResearch] = "";  // may be 0
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  // Not every sum holds with the blanks as 0, so that is not said.
  CHECK(found[0]->message ==
        "表三「（三）不予公开·6.属于四类过程性信息」行「科研机构」列为空白，应填写数字（没有则填 0）");
  CHECK(found[0]->related.empty());
  CHECK(c.of("sum.blank-cell").size() == 1);
}
