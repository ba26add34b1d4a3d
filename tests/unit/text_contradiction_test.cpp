// text.contradiction: statements without figures that the tables make untrue. The tables are
// the narrative report's (narrative_report.h): 结转下年度 1 unless a test sets it to 0.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unit/narrative_report.h"

namespace {

using gk_test::check_narrative, gk_test::findings_of, gk_test::Narrative;
using List = std::vector<std::string>;

// The narrative report's tables with nothing carried into next year: 新收 5 + 结转 1 = 办理 6.
std::vector<gk_test::AppRow> nothing_carried_out() {
  auto rows = gk_test::consistent_rows_2021();
  gk_test::row(rows, "carried_out").values = {"0", "0", "0", "0", "0", "0", "0"};
  gk_test::row(rows, "disclosed").values = {"3", "1", "0", "0", "0", "0", "4"};
  gk_test::row(rows, "results_total").values = {"4", "1", "0", "0", "0", "1", "6"};
  return rows;
}

List contradictions(const std::string& overview, bool carried = true) {
  Narrative n;
  n.overview = overview;
  if (!carried) n.applications = nothing_carried_out();
  return findings_of(*check_narrative(n), "text.contradiction");
}

}  // namespace

TEST_CASE("text.contradiction: all applications settled while some are carried into next year", "[text][contradiction]") {
  SECTION("each way of saying all were settled is reported, at the phrase") {
    CHECK(contradictions("本年度共收到政府信息公开申请5件，所有申请均已办结。") == List{"所有申请均已办结"});
    CHECK(contradictions("本年度收到政府信息公开申请5件，均已按要求办理完成。") == List{"均已按要求办理完成"});
    CHECK(contradictions("对收到的政府信息公开申请，全部按时答复。") == List{"全部按时答复"});
  }
  SECTION("the message names the cell and the table's figure") {
    Narrative n;
    n.overview = "依申请公开方面，所有申请均已办理完毕。";
    auto r = check_narrative(n);
    for (const auto& f : r->findings)
      if (f.rule == "text.contradiction") {
        CHECK_THAT(f.message, Catch::Contains("四、结转下年度继续办理") && Catch::Contains("为1件"));
        CHECK(f.related.size() == 1);
        CHECK(f.certainty == gk::rules::Certainty::Review);
      }
    CHECK(findings_of(*r, "text.contradiction").size() == 1);
  }
  SECTION("with nothing carried into next year, the same sentences are silent") {
    CHECK(contradictions("本年度共收到政府信息公开申请5件，所有申请均已办结。", false).empty());
    CHECK(contradictions("对收到的政府信息公开申请，全部按时答复。", false).empty());
  }
  SECTION("other matters, the carried named, answers only, denied: silent") {
    CHECK(contradictions("全年承办人大代表建议和政协提案12件，均已按时办结。").empty());
    CHECK(contradictions("收到申请5件，已办结4件，另有1件结转下年度，均按时办结。").empty());
    CHECK(contradictions("收到政府信息公开申请5件，均在法定期限内予以答复。").empty());
    CHECK(contradictions("收到政府信息公开申请5件，并非所有申请均已办结。").empty());
  }
}

TEST_CASE("text.contradiction: no fee said while 表二 has 行政事业性收费", "[text][contradiction]") {
  auto check = [](const std::string& fees, const std::string& other, const std::string& overview = "") {
    Narrative n;
    n.fees = fees;
    n.other = other;
    if (!overview.empty()) n.overview = overview;
    return findings_of(*check_narrative(n), "text.contradiction");
  };
  SECTION("a denial of 行政事业性收费 anywhere, of 任何费用 in 六, with fees in 表二") {
    CHECK(check("12.5", "本年度，本机关未收取任何费用。") == List{"未收取任何费用"});
    CHECK(check("3", "无。", "本年度本机关无行政事业性收费项目。") == List{"无行政事业性收费"});
  }
  SECTION("no fees in 表二, or a sentence about the 信息处理费 only: silent") {
    CHECK(check("0", "本年度，本机关未收取任何费用。").empty());
    CHECK(check("12.5", "本年度，本机关未收取信息处理费。").empty());
    CHECK(check("12.5", "依申请公开未收取检索、复制等任何费用。").empty());
    CHECK(check("12.5", "无。", "本年度未收取任何费用。").empty());  // not in 六
  }
}

TEST_CASE("a denial of 行政复议 and 行政诉讼 while 表四 has cases is text.table-mismatch's", "[text][contradiction]") {
  Narrative n;
  n.overview = "本年度未发生政府信息公开行政复议、行政诉讼。";
  n.reviews = gk_test::kReviewsWithCases;
  auto r = check_narrative(n);
  CHECK(findings_of(*r, "text.table-mismatch") ==
        List{"未发生政府信息公开行政复议|2/0", "未发生政府信息公开行政复议、行政诉讼|1/0"});
  CHECK(findings_of(*r, "text.contradiction").empty());
}
