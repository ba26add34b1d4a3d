// text.table-mismatch on the figures the running text states by name (format text_figures
// "stated"): each result category of 表三, their sums, 上年结转 and 结转下年度, 表四's results,
// and the percentages written beside them. The tables are the narrative report's
// (narrative_report.h): 新收 5, 上年结转 1, 予以公开 3, 不予公开 1, 无法提供 1, 结转下年度 1.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unit/narrative_report.h"

namespace {

using gk_test::check_narrative, gk_test::findings_of, gk_test::Narrative;
using List = std::vector<std::string>;

List mismatches(const std::string& overview, const std::string& reviews = gk_test::kNoReviews) {
  Narrative n;
  n.overview = overview;
  n.reviews = reviews;
  return findings_of(*check_narrative(n), "text.table-mismatch");
}

}  // namespace

TEST_CASE("text.table-mismatch: 表三's result categories stated in the text", "[text][table-mismatch]") {
  SECTION("every category, 上年结转 and 结转下年度 as the table has them: silent") {
    CHECK(mismatches("全年共收到政府信息公开申请5件，上年结转1件。其中予以公开3件，部分公开0件，不予公开1件，"
                     "无法提供1件，不予处理0件，其他处理0件，结转下年度继续办理1件。")
              .empty());
  }
  SECTION("a category the table does not give is reported at the figure, with the cell") {
    auto r = [] {
      Narrative n;
      n.overview = "办理结果中，予以公开3件，无法提供2件。";
      return check_narrative(n);
    }();
    CHECK(findings_of(*r, "text.table-mismatch") == List{"2|1/2"});
    for (const auto& f : r->findings)
      if (f.rule == "text.table-mismatch") {
        CHECK_THAT(f.message, Catch::Contains("无法提供2件") && Catch::Contains("（四）无法提供"));
        CHECK(f.related.size() == 3);  // the three items of （四）
      }
  }
  SECTION("予以公开及部分公开 is the sum of both rows, not 予以公开 alone") {
    CHECK(mismatches("予以公开及部分公开3件。").empty());
    CHECK(mismatches("予以公开和部分公开的申请共4件。") == List{"4|3/4"});
  }
  SECTION("不予处理 and 其他处理 with figures the table does not hold") {
    CHECK(mismatches("不予处理1件，其他处理2件。") == List{"1|0/1", "2|0/2"});
  }
  SECTION("上年结转 and 结转下年度, the count before or after the words") {
    CHECK(mismatches("上年度结转申请2件。") == List{"2|1/2"});
    CHECK(mismatches("另有1件结转至下年度办理。").empty());
    CHECK(mismatches("另有3件顺延到下年度答复。") == List{"3|1/3"});
  }
  SECTION("figures of another year, an approximate figure, words without a count: silent") {
    CHECK(mismatches("去年予以公开7件。较上年，不予公开多出2件。").empty());
    CHECK(mismatches("予以公开约4件。").empty());
    CHECK(mismatches("对不予公开的申请，均说明理由和依据。无法提供的，告知申请人。").empty());
  }
  SECTION("a department's own figure is another scope") {
    CHECK(mismatches("各部门予以公开9件。").empty());
  }
}

TEST_CASE("text.table-mismatch: percentages beside a stated figure", "[text][table-mismatch]") {
  SECTION("a share of （七）总计 or of 新收, rounded or cut to the places written: silent") {
    CHECK(mismatches("予以公开3件，占60%。").empty());
    CHECK(mismatches("不予公开1件（占比20.0%），无法提供1件，占办理总数的20%。").empty());
  }
  SECTION("a share that neither base gives is reported at the percentage") {
    Narrative n;
    n.overview = "予以公开3件，占比50%。";
    auto r = check_narrative(n);
    CHECK(findings_of(*r, "text.table-mismatch") == List{"50%"});
    for (const auto& f : r->findings)
      if (f.rule == "text.table-mismatch") {
        CHECK_THAT(f.message, Catch::Contains("应为60%") && Catch::Contains("实为50%"));
        CHECK(f.related.size() == 2);  // 予以公开·总计 and （七）总计·总计
      }
  }
  SECTION("a figure already wrong is reported once, at the figure, not again at its share") {
    CHECK(mismatches("予以公开4件，占80%。") == List{"4|3/4"});
  }
  SECTION("a percentage that is a change, not a share: silent") {
    CHECK(mismatches("予以公开3件，同比增长50%。").empty());
  }
}

TEST_CASE("text.table-mismatch: 表四's results after 行政复议 or 行政诉讼", "[text][table-mismatch]") {
  // 表四: 行政复议 维持 1, 纠正 1, 总计 2; 未经复议直接起诉 维持 1, 总计 1.
  SECTION("both groups as the table has them: silent") {
    CHECK(mismatches("发生行政复议2件，其中结果维持1件，结果纠正1件；行政诉讼1件，其中结果维持1件。",
                     gk_test::kReviewsWithCases)
              .empty());
  }
  SECTION("a result of the wrong group is compared with the group named before it") {
    CHECK(mismatches("行政复议2件，其中结果维持1件，尚未审结1件。", gk_test::kReviewsWithCases) == List{"1|0/1"});
    CHECK(mismatches("行政诉讼1件，其中结果纠正1件。", gk_test::kReviewsWithCases) == List{"1|0/1"});
  }
  SECTION("without 行政复议 or 行政诉讼 in the sentence, 结果维持 is not compared") {
    CHECK(mismatches("行政复议2件。结果维持5件。", gk_test::kReviewsWithCases).empty());
  }
}
