// table.column-count: a row with one value more or fewer than the columns is checked under
// every placement of its values; the message says what that showed, and the sums broken under
// every placement are reported, to review, under the one that breaks the fewest.
#include <catch2/catch.hpp>

#include "unit/blank_support.h"

using gk_test::check_synthetic;
using gk_test::Checked;
using gk_test::row;

namespace {

constexpr const char* kRule = "table.column-count";

// The synthetic report with one row's line replaced by `line`.
Checked with_line(const std::vector<gk_test::AppRow>& rows, const std::string& id, const std::string& line) {
  Checked c{gk_test::build_report(rows), nullptr};
  std::size_t begin = 0;
  for (std::size_t n = 1; n < c.rep.line.at(id); ++n) begin = c.rep.text.find('\n', begin) + 1;
  c.rep.text.replace(begin, c.rep.text.find('\n', begin) - begin, line);
  c.result = gk::check_text(c.rep.text, "synthetic.txt");
  return c;
}

std::vector<std::string> rules_of(const Checked& c) {
  std::vector<std::string> v;
  for (const gk::rules::Finding& f : c.result->findings)
    if (f.rule.rfind("sum.", 0) == 0 || (f.rule.rfind("table.", 0) == 0 && f.rule != "table.missing")) v.push_back(f.rule);
  return v;
}

}  // namespace

TEST_CASE("table.column-count: a row of zeros with one more is fine under any placement", "[column-count]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "withheld_5").values[gk_test::kTotal] = "0\t0";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "「（三）不予公开·5.属于三类内部事务信息」行有 8 个数值，格式规定 7 列；无法确定各数值所属的列，但无论按哪种对齐，本表加总关系均成立");
  CHECK(found[0]->certainty == gk::rules::Certainty::Review);
  CHECK(rules_of(c) == std::vector<std::string>{kRule});
}

TEST_CASE("table.column-count: the placement under which the sums hold is named", "[column-count]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "disclosed").values[gk_test::kTotal] = "3\t0";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "「（一）予以公开」行有 8 个数值，格式规定 7 列；按去掉第 8 个数值“0”对齐时本表加总关系均成立，已按此核对");
  CHECK(found[0]->expected->str() == "7");
  CHECK(found[0]->actual->str() == "8");
  CHECK(rules_of(c) == std::vector<std::string>{kRule});
}

TEST_CASE("table.column-count: broken under every placement, the sums are reported to review", "[column-count]") {
  // 予以公开's 总计 written 4 (the row adds to 3), and a stray 0 after it.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "disclosed").values[gk_test::kTotal] = "4\t0";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "「（一）予以公开」行有 8 个数值，格式规定 7 列；无论按哪种对齐，本表都有加总关系不成立，已按不成立最少的对齐（去掉第 8 个数值“0”）核对");
  auto row_total = c.of("sum.row-total");
  REQUIRE(row_total.size() == 1);
  CHECK(row_total[0]->message == "「（一）予以公开」行：总计应为 3（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之和），实为 4");
  CHECK(row_total[0]->certainty == gk::rules::Certainty::Review);
  CHECK(c.where(*row_total[0]) == c.rep.at("disclosed", gk_test::kTotal));
  auto results_total = c.of("sum.results-total");
  REQUIRE(results_total.size() == 1);
  CHECK(results_total[0]->message == "「总计」列：（七）总计应为 6（（一）至（六）各项之和），实为 5");
  CHECK(results_total[0]->certainty == gk::rules::Certainty::Review);
}

TEST_CASE("table.column-count: one value fewer, the missing one placed in each column in turn", "[column-count]") {
  auto rows = gk_test::consistent_rows_2021();
  SECTION("the sums hold with the missing value in 科研机构 (or a later column)") {
    Checked c = with_line(rows, "disclosed", "三、本年度办理结果\t（一）予以公开\t2\t1\t0\t0\t0\t3");
    auto found = c.of(kRule);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->message ==
          "「（一）予以公开」行有 6 个数值，格式规定 7 列；按「科研机构」列缺数值（缺的数按加总关系应为 0）对齐时本表加总关系均成立"
          "（另有 3 种对齐也成立），已按此核对");
    CHECK(rules_of(c) == std::vector<std::string>{kRule});
  }
  SECTION("the one placement that holds says what the missing value is") {
    // 予以公开·商业企业 (1) left out: only there does the row add up.
    Checked c = with_line(rows, "disclosed", "三、本年度办理结果\t（一）予以公开\t2\t0\t0\t0\t0\t3");
    auto found = c.of(kRule);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->message ==
          "「（一）予以公开」行有 6 个数值，格式规定 7 列；按「商业企业」列缺数值（缺的数按加总关系应为 1）对齐时本表加总关系均成立，已按此核对");
  }
  SECTION("no placement can hold: the filled cells already exceed a total") {
    Checked c = with_line(rows, "disclosed", "三、本年度办理结果\t（一）予以公开\t2\t1\t5\t0\t0\t3");
    auto found = c.of(kRule);
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0]->message, Catch::StartsWith("「（一）予以公开」行有 6 个数值，格式规定 7 列；无论按哪种对齐，本表都有加总关系不成立"));
    for (const gk::rules::Finding& f : c.result->findings)
      if (f.rule.rfind("sum.", 0) == 0 && f.rule != "sum.suggested-fix") CHECK(f.certainty == gk::rules::Certainty::Review);
  }
}

TEST_CASE("table.column-count: two values off is not placed", "[column-count]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "withheld_5").values[gk_test::kTotal] = "0\t0\t0";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "「（三）不予公开·5.属于三类内部事务信息」行有 9 个数值，格式规定 7 列；无法确定各数值所属的列，此行未做加总核对");
}
