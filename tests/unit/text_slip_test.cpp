// text.slip: a word written twice, an ASCII comma or full stop in Chinese text, a paragraph
// that stops mid-sentence; and the repeats, numbers and endings it must leave alone.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unit/narrative_report.h"
#include "unit/support.h"

namespace {

using gk_test::check_narrative, gk_test::findings_of, gk_test::Narrative;
using List = std::vector<std::string>;

List slips(const std::string& overview) {
  Narrative n;
  n.overview = overview;
  return findings_of(*check_narrative(n), "text.slip");
}

std::vector<std::string> slip_messages(const std::string& overview) {
  Narrative n;
  n.overview = overview;
  auto r = check_narrative(n);
  std::vector<std::string> v;
  for (const auto& f : r->findings)
    if (f.rule == "text.slip") v.push_back(f.message);
  return v;
}

}  // namespace

TEST_CASE("text.slip: the narrative report itself is clean", "[text][slip]") {
  CHECK(findings_of(*check_narrative(Narrative()), "text.slip").empty());
}

TEST_CASE("text.slip: a word written twice in a row", "[text][slip]") {
  SECTION("two to four ideographs written twice are reported, both copies covered") {
    CHECK(slips("本年度加强项目项目管理，规范专项资金资金使用。") == List{"项目项目", "资金资金"});
    CHECK(slips("深入推进政务公开政务公开标准化建设。") == List{"政务公开政务公开"});
    CHECK(slip_messages("规范资金资金使用。") == List{"“资金”连写了两次（“资金资金”），应删去一个"});
  }
  SECTION("an ideograph never doubled on purpose: 的的, 了了, 是是") {
    CHECK(slips("提高信息公开的的质量。") == List{"的的"});
    CHECK(slips("完成了了全年任务。") == List{"了了"});
  }
  SECTION("a repeat cut by a PDF's line end is still one; two paragraphs are not") {
    std::string pdf = gk_test::read_corpus("real/huaian-city-2024.pdf-raw.txt");
    const std::string from = "及时性\n和针对性";
    REQUIRE(pdf.find(from) != std::string::npos);
    pdf.replace(pdf.find(from), from.size(), "及时性\n及时性和针对性");
    CHECK(findings_of(*gk::check_text(pdf, "t"), "text.slip") == List{"及时性\n及时性"});
    CHECK(slips("规范专项资金\n\n资金使用管理办法已印发。").empty());
  }
  SECTION("a word written many times over is one slip, and the check stays linear") {
    std::string many;
    for (int k = 0; k < 100000; ++k) many += "资金";
    CHECK(slips(many + "使用。").size() == 1);
  }
  SECTION("reduplications and numerals Chinese writes on purpose: silent") {
    CHECK(slips("常常深入基层，人人参与，天天更新，看看效果，年年如此，一一答复。").empty());
    CHECK(slips("的的确确做到了公开透明，绝不不了了之，实实在在为民办事，明辨是是非非。").empty());
    CHECK(slips("三三两两，十一十一的号码不算。").empty());
    CHECK(slips("哈哈哈哈。").empty());
  }
}

TEST_CASE("text.slip: an ASCII comma or full stop in Chinese text", "[text][slip]") {
  SECTION("between ideographs, or a full stop ending a Chinese sentence") {
    CHECK(slips("本年度,本机关加强公开工作。") == List{","});
    CHECK(slips("本年度加强公开工作.下一步将继续努力。") == List{"."});
    CHECK(slip_messages("本年度,本机关加强公开工作。") == List{"中文句子中用了英文逗号“,”，应为中文逗号“，”"});
  }
  SECTION("numbers, addresses, dates, numbered headings and English: silent") {
    CHECK(slips("发布信息1,234条，占比12.5%，网址www.gov.cn，日期2022.01.20，版本v1.2。").empty());
    CHECK(slips("详见附件1.本机关的工作。Hello, world.").empty());
  }
}

TEST_CASE("text.slip: a paragraph that stops mid-sentence", "[text][slip]") {
  SECTION("a paragraph before the next section ending with an ideograph or a comma") {
    Narrative n;
    n.overview = "本年度，本机关认真贯彻落实条例，依法做好政府信息公开工作，确保群众及时获取";
    auto r = check_narrative(n);
    CHECK(findings_of(*r, "text.slip") == List{"取"});
    for (const auto& f : r->findings)
      if (f.rule == "text.slip") CHECK_THAT(f.message, Catch::Contains("“确保群众及时获取”结尾"));
    n.problems = "一是公开内容不够全面；二是解读形式较为单一，";
    CHECK(findings_of(*check_narrative(n), "text.slip").size() == 2);
  }
  SECTION("a short heading-like line, a caption before a table, a closing mark: silent") {
    Narrative n;
    n.overview = "（一）主动公开情况\n\n本年度主动公开信息20条（详见附件）\n\n（二）依申请公开情况：";
    CHECK(findings_of(*check_narrative(n), "text.slip").empty());
    n.overview = "本年度，本机关依法做好工作，具体情况见下表";
    // 二's first table follows the heading, not this paragraph: the section heading ends it.
    CHECK(findings_of(*check_narrative(n), "text.slip").size() == 1);
  }
}
