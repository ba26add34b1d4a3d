// cross.text-reuse: this year's running text measured against last year's, sentence by
// sentence, figures aside.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check.h"
#include "unit/support.h"

namespace {

// A report of 南湖区民政局 for `year` whose 总体情况 says `sentences`, two to a paragraph.
std::string report(int year, const std::vector<std::string>& sentences) {
  std::string s = "南湖区民政局" + std::to_string(year) + "年政府信息公开工作年度报告\n\n一、总体情况\n";
  for (std::size_t i = 0; i < sentences.size(); ++i) s += sentences[i] + (i % 2 == 1 ? "\n" : "");
  return s + "\n二、主动公开政府信息情况\n";
}

const std::vector<std::string> kLastYear = {
    "2022年，本局认真贯彻落实政务公开工作要点，全年主动公开政府信息125条。",
    "本局在门户网站设立政府信息公开专栏，及时更新机构职能、政策文件等内容。",
    "全年共收到政府信息公开申请3件，均在法定期限内予以答复。",
    "本局明确办公室为政府信息公开工作机构，配备专人负责日常工作。",
    "政府信息公开工作纳入年度绩效考核，接受社会公众和新闻媒体监督。",
    "下一步将进一步加强政策解读，提高政府信息公开的及时性和准确性。",
};

}  // namespace

TEST_CASE("cross.text-reuse: half or more of this year's sentences are last year's", "[cross]") {
  auto last = gk::check_text(report(2022, kLastYear), "2022.txt");
  SECTION("the same sentences with the figures updated, wrapped at other places") {
    std::vector<std::string> now = kLastYear;
    now[0] = "2023年，本局认真贯彻落实政务公开工作要点，全年主动公开政府信息131条。";
    now[2] = "全年共收到政府信息公开申请5件，均在法定期限内予以答复。";
    now[5] = "2024年本局将围绕群众关切，优化政府信息公开专栏的栏目设置。";
    std::string text = report(2023, now);
    auto r = gk::check_text(text, "2023.txt");
    gk::check_across({last.get(), r.get()});
    auto found = gk_test::rule_findings(*r, "cross.text-reuse");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == gk::rules::Severity::Warning);
    CHECK(found[0]->message == "正文 6 句中有 5 句（83%）与 2022.txt 中 2022 年度报告的相同（数字不计），达到一半以上");
    CHECK(r->text.view(found[0]->span) == now[0]);
    CHECK(found[0]->related.size() == 4);
    REQUIRE(r->reuse);
    CHECK(r->reuse->sentences == 6);
    CHECK(r->reuse->reused.size() == 5);
    CHECK(gk_test::rule_findings(*last, "cross.text-reuse").empty());
    CHECK(!last->reuse);
  }
  SECTION("a sentence broken over two lines is still one sentence") {
    std::vector<std::string> now = kLastYear;
    now[1] = "本局在门户网站设立政府信息公开专栏，\n及时更新机构职能、政策文件等内容。";
    auto r = gk::check_text(report(2023, now), "2023.txt");
    gk::check_across({last.get(), r.get()});
    REQUIRE(r->reuse);
    CHECK(r->reuse->reused.size() == 6);
  }
  SECTION("new text below one half: the share is kept, no finding") {
    const std::vector<std::string> now = {
        kLastYear[0],
        kLastYear[1],
        "本年度重点推进乡村振兴领域信息公开，专栏新增政策解读材料十二篇。",
        "依申请公开办理流程进一步规范，答复文书统一使用标准格式。",
        "组织全局干部参加政务公开业务培训两次，提升了工作人员业务能力。",
        "针对上年报告指出的问题，已完成门户网站栏目的整合与清理。",
    };
    auto r = gk::check_text(report(2023, now), "2023.txt");
    gk::check_across({last.get(), r.get()});
    CHECK(gk_test::rule_findings(*r, "cross.text-reuse").empty());
    REQUIRE(r->reuse);
    CHECK(r->reuse->sentences == 6);
    CHECK(r->reuse->reused.size() == 2);
  }
  SECTION("headings and short sentences are not counted; too few sentences say nothing") {
    const std::vector<std::string> now = {kLastYear[0], kLastYear[1], "无。", kLastYear[2]};
    auto r = gk::check_text(report(2023, now), "2023.txt");
    gk::check_across({last.get(), r.get()});
    REQUIRE(r->reuse);
    CHECK(r->reuse->sentences == 3);  // not the title, 一、总体情况, 二、… or 无。
    CHECK(gk_test::rule_findings(*r, "cross.text-reuse").empty());
  }
  SECTION("another body's report is not last year's") {
    std::string other = report(2023, kLastYear);
    other.replace(0, std::string("南湖区").size(), "北湖区");
    auto r = gk::check_text(other, "other.txt");
    gk::check_across({last.get(), r.get()});
    CHECK(!r->reuse);
    CHECK(gk_test::rule_findings(*r, "cross.text-reuse").empty());
  }
}
