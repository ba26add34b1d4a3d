// table.split-cell: two neighbouring values that are one number split by conversion, found
// because read as one number the sums hold and no other placement makes them hold.
#include <catch2/catch.hpp>

#include "unit/blank_support.h"

using gk_test::check_synthetic;
using gk_test::Checked;
using gk_test::row;

namespace {

constexpr const char* kRule = "table.split-cell";

// The consistent table with 18 more natural-person applications disclosed: 予以公开 20.
std::vector<gk_test::AppRow> with_twenty() {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "received").values = {"21", "1", "0", "0", "0", "1", "23"};
  row(rows, "disclosed").values = {"20", "1", "0", "0", "0", "0", "21"};
  row(rows, "results_total").values = {"21", "1", "0", "0", "0", "1", "23"};
  return rows;
}

}  // namespace

TEST_CASE("table.split-cell: a consistent table with 20 written whole gives none", "[split-cell]") {
  Checked c = check_synthetic(with_twenty());
  CHECK(c.of(kRule).empty());
  CHECK(c.of("table.column-count").empty());
}

TEST_CASE("table.split-cell: “2” “0” where 20 makes the sums hold", "[split-cell]") {
  auto rows = with_twenty();
  row(rows, "disclosed").values[gk_test::kNatural] = "2\t0";
  Checked c = check_synthetic(rows);
  auto found = c.of(kRule);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message ==
        "「（一）予以公开」行第 1、2 个数值“2”“0”应是一个数“20”（常见于从 PDF 转换时被拆开）；合为一个数后本表加总关系均成立，已按此核对");
  CHECK(c.where(*found[0]) == c.rep.at("disclosed", gk_test::kNatural));
  CHECK(c.result->text.view(found[0]->span) == "2\t0");
  CHECK(found[0]->certainty == gk::rules::Certainty::Review);
  CHECK(found[0]->expected->str() == "20");
  // Said as a split number, not as a row that cannot be placed nor as broken sums.
  CHECK(c.of("table.column-count").empty());
  for (const gk::rules::Finding& f : c.result->findings) CHECK(f.rule.rfind("sum.", 0) != 0);
}

TEST_CASE("table.split-cell: not when dropping a value makes the sums hold as well", "[split-cell]") {
  // “1” “0” in a row where the 0 may as well be a stray cell: nothing tells them apart.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "withheld_4").values[gk_test::kNatural] = "1\t0";
  Checked c = check_synthetic(rows);
  CHECK(c.of(kRule).empty());
  REQUIRE(c.of("table.column-count").size() == 1);
  CHECK_THAT(c.of("table.column-count")[0]->message, Catch::Contains("按去掉第 2 个数值“0”对齐时本表加总关系均成立"));
}
