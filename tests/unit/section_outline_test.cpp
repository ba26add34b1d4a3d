// The section headings aligned once with the outline (bind/outline.h) and the rules that read
// the alignment: a report whose 总体情况 sub-topics are numbered as sections gives one
// section.outline finding and one section.missing for the section truly absent, not a
// cascade; a table row is never a heading, in any layout; a report whose headings are all
// right gives no section finding. Made-up reports, built from parts below.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check.h"
#include "unit/synthetic_report.h"

namespace {

using gk_test::AppRow;

const char* const kTitles[] = {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                               "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};
const char* const kNumerals[] = {"一", "二", "三", "四", "五", "六", "七"};

// 表二 of the 2021 format, tab-separated.
const std::string kActiveTables =
    "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t2\t0\t5\n"
    "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t12\n"
    "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t3\n行政强制\t0\n"
    "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t0\n";

// 表三, tab-separated, with values every identity holds for.
std::string applications_table() {
  std::string t =
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t总计\n"
      "\t\t自然人\t法人或其他组织\t\t\t\t\t\t\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t\n";
  for (const AppRow& r : gk_test::consistent_rows_2021()) {
    t += r.labels;
    for (std::size_t k = 0; k < r.values.size(); ++k) t += (k > 0 ? "\t" : "") + r.values[k];
    t += "\n";
  }
  return t;
}

// 表四, tab-separated, all 0.
const std::string kReviewTable =
    "行政复议\t\t\t\t\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
    "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
    "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";

const std::string kOverview =
    "2023年，本县认真贯彻落实《中华人民共和国政府信息公开条例》，做好主动公开、依申请公开、政府信息管理、"
    "平台建设和监督保障各项工作。\n";

// The body of section n (1..6).
std::string body(int n) {
  switch (n) {
    case 1: return kOverview;
    case 2: return kActiveTables;
    case 3: return applications_table();
    case 4: return kReviewTable;
    case 5: return "一是公开内容还不够全面。下一步将加强培训。\n";
    default: return "本年度未收取信息处理费。\n";
  }
}

// A report whose sections 1..6 are headed with the numerals given ("" leaves the heading and
// its section out), 总体情况 followed by `subtopics`.
std::string report(const std::vector<std::string>& numerals, const std::string& subtopics = "") {
  std::string t = "某某县人民政府2023年政府信息公开工作年度报告\n\n";
  for (int n = 1; n <= 6; ++n) {
    const std::string& numeral = numerals[static_cast<std::size_t>(n - 1)];
    if (numeral.empty()) continue;
    t += numeral + "、" + kTitles[n - 1] + "\n" + body(n);
    if (n == 1) t += subtopics;
  }
  return t + "\n某某县人民政府\n2024年1月20日\n";
}

// 总体情况's five topics as headings numbered from `first` on, as if they were sections.
std::string numbered_subtopics(int first) {
  const char* const topics[] = {"主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障"};
  std::string t;
  for (int k = 0; k < 5; ++k)
    t += std::string(kNumerals[first - 1 + k]) + "、" + topics[k] + "\n全年做好" + topics[k] + "工作。\n";
  return t;
}

std::vector<std::string> rules_of(const gk::CheckResult& r, const std::string& prefix) {
  std::vector<std::string> v;
  for (const gk::rules::Finding& f : r.findings)
    if (f.rule.rfind(prefix, 0) == 0) v.push_back(f.rule);
  return v;
}

const gk::rules::Finding* first(const gk::CheckResult& r, const std::string& rule) {
  for (const gk::rules::Finding& f : r.findings)
    if (f.rule == rule) return &f;
  return nullptr;
}

std::string listing(const gk::CheckResult& r) {
  std::string s;
  for (const gk::rules::Finding& f : r.findings) s += f.rule + ": " + f.message + "\n";
  return s;
}

}  // namespace

TEST_CASE("a report with every heading right gives no section finding", "[sections][outline]") {
  auto r = gk::check_text(report({"一", "二", "三", "四", "五", "六"}), "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.").empty());
  CHECK(rules_of(*r, "table.").empty());
  CHECK(r->report.sections.size() == 6);
}

TEST_CASE("sub-topics numbered 二 to 六, then the sections again from 一 with 五 missing: one outline finding and 五 missing",
          "[sections][outline]") {
  // 一、总体情况 二、主动公开 … 六、监督保障, then 一、主动公开政府信息情况 二、… 三、… 五、其他需要报告的事项.
  auto r = gk::check_text(report({"一", "一", "二", "三", "", "五"}, numbered_subtopics(2)), "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.") == std::vector<std::string>{"section.outline", "section.missing"});
  CHECK(rules_of(*r, "table.").empty());
  CHECK(rules_of(*r, "sum.").empty());
  const gk::rules::Finding* outline = first(*r, "section.outline");
  REQUIRE(outline != nullptr);
  CHECK(outline->certainty == gk::rules::Certainty::Review);
  CHECK_THAT(outline->message, Catch::Contains("标题序号依次为“一、二、三、四、五、六、一、二、三、五”，应为“一、二、三、四、五、六”"));
  CHECK_THAT(outline->message, Catch::Contains("“二、主动公开”至“六、监督保障”是第一部分下的小标题"));
  CHECK_THAT(outline->message, Catch::Contains("“一、主动公开政府信息情况”应为“二、”"));
  // At the first sub-topic's numeral.
  CHECK(r->text.view(outline->span) == "二、");
  const gk::rules::Finding* missing = first(*r, "section.missing");
  REQUIRE(missing != nullptr);
  CHECK_THAT(missing->message, Catch::Contains("缺少第五部分"));
  // The sections are the real ones: 二 is 主动公开政府信息情况, whose table follows it.
  std::vector<int> sections;
  for (const gk::bind::SectionHeading& h : r->report.sections) sections.push_back(h.section);
  CHECK(sections == std::vector<int>{1, 2, 3, 4, 6});
}

TEST_CASE("sub-topics numbered as sections, then the sections again from 二: one outline finding", "[sections][outline]") {
  auto r = gk::check_text(report({"一", "二", "三", "四", "", "六"}, numbered_subtopics(2)), "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.") == std::vector<std::string>{"section.outline", "section.missing"});
  CHECK(rules_of(*r, "table.").empty());
  const gk::rules::Finding* outline = first(*r, "section.outline");
  REQUIRE(outline != nullptr);
  CHECK_THAT(outline->message, Catch::Contains("标题序号依次为“一、二、三、四、五、六、二、三、四、六”"));
}

TEST_CASE("every heading off by one is one outline finding, not one numbering finding each", "[sections][outline]") {
  auto r = gk::check_text(report({"一", "三", "四", "五", "六", "七"}), "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.") == std::vector<std::string>{"section.outline"});
  const gk::rules::Finding* outline = first(*r, "section.outline");
  REQUIRE(outline != nullptr);
  CHECK_THAT(outline->message, Catch::Contains("标题序号依次为“一、三、四、五、六、七”"));
  CHECK_THAT(outline->message, Catch::Contains("等 5 个标题的序号与所在部分不符"));
}

TEST_CASE("one heading with a wrong numeral stays section.numbering", "[sections][outline]") {
  auto r = gk::check_text(report({"一", "二", "3", "四", "五", "六"}), "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.") == std::vector<std::string>{"section.numbering"});
}

TEST_CASE("a list under a section that starts again at 一 is that section's own", "[sections][outline]") {
  std::string t = report({"一", "二", "三", "四", "五", "六"});
  const std::string five = "一是公开内容还不够全面。下一步将加强培训。\n";
  t.replace(t.find(five), five.size(), "一、存在的问题\n公开内容还不够全面。\n二、改进措施\n加强培训。\n");
  auto r = gk::check_text(t, "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.").empty());
}

TEST_CASE("a heading reworded past recognition, numbered as the section missing between its neighbours, is that section's",
          "[sections][outline]") {
  std::string t = report({"一", "二", "三", "四", "五", "六"});
  t.replace(t.find("五、存在的主要问题及改进情况"), std::string("五、存在的主要问题及改进情况").size(), "五、工作中的不足");
  auto r = gk::check_text(t, "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.") == std::vector<std::string>{"section.title"});
}

TEST_CASE("a section's heading ahead of the first is section.order, said against the heading it precedes",
          "[sections][outline]") {
  // 六 written first, the others in order: 六 is out of place, nothing else.
  std::string t = report({"一", "二", "三", "四", "五", ""});
  t.insert(t.find("一、总体情况"), std::string("六、") + kTitles[5] + "\n" + body(6));
  auto r = gk::check_text(t, "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.") == std::vector<std::string>{"section.order"});
  const gk::rules::Finding* order = first(*r, "section.order");
  REQUIRE(order != nullptr);
  CHECK(order->message == "第六部分出现在第一部分之前，顺序应为一至六");
}

TEST_CASE("a table row 一、本年新收政府信息公开申请数量 is never a section heading, in any layout", "[sections][outline]") {
  const std::string row = "一、本年新收政府信息公开申请数量";
  // The applications table's first rows as each layout writes them.
  const std::vector<std::pair<std::string, std::string>> layouts = {
      {"tab-separated", row + "\t\t3\t1\t0\t0\t0\t1\t5\n二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\n"},
      {"pipe", "| 项目 | 自然人 | 总计 |\n|---|---|---|\n| " + row + " | 3 | 5 |\n| 二、上年结转政府信息公开申请数量 | 1 | 1 |\n"},
      {"cell per line", row + "\n\n3\n\n1\n\n0\n\n0\n\n0\n\n1\n\n5\n\n二、上年结转政府信息公开申请数量\n\n1\n\n0\n"},
      {"PDF text, -layout", "    " + row + "          3      1      0      0      0      1      5\n"},
      {"PDF text, -raw", row + "\n3 1 0 0 0 1 5\n二、上年结转政府信息公开申请数量\n1 0 0 0 0 0 1\n三、本年度办理结果\n"},
  };
  for (const auto& [name, table] : layouts) {
    DYNAMIC_SECTION(name) {
      std::string t = report({"一", "二", "三", "四", "五", "六"});
      t.insert(t.find("四、政府信息公开行政复议"), table);
      auto r = gk::check_text(t, "t.txt");
      INFO(listing(*r));
      for (const char* rule : {"section.duplicate", "section.order", "section.outline", "section.numbering", "section.title"})
        CHECK(first(*r, rule) == nullptr);
      int threes = 0;
      for (const gk::bind::SectionHeading& h : r->report.sections) threes += h.section == 3;
      CHECK(threes == 1);
      // With 三's heading lost, the row does not stand in for it: 三 is missing.
      const std::string three = std::string("三、") + kTitles[2] + "\n";
      t.erase(t.find(three), three.size());
      auto lost = gk::check_text(t, "t.txt");
      INFO(listing(*lost));
      for (const gk::bind::SectionHeading& h : lost->report.sections) CHECK(h.section != 3);
      CHECK(first(*lost, "section.numbering") == nullptr);
      const gk::rules::Finding* missing = first(*lost, "section.missing");
      REQUIRE(missing != nullptr);
      CHECK_THAT(missing->message, Catch::Contains("缺少第三部分"));
    }
  }
}

TEST_CASE("a sub-heading （二） or a caption naming a section whose heading is numbered 二、 is neither heading nor repeat",
          "[sections][outline]") {
  std::string t = report({"一", "二", "三", "四", "五", "六"}, std::string("（二）") + kTitles[1] + "\n全年公开55条。\n");
  t.insert(t.find("第二十条第（一）项"), std::string(kTitles[1]) + "\n");
  auto r = gk::check_text(t, "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.").empty());
  CHECK(r->report.sections.size() == 6);
}

TEST_CASE("sub-topics worded and numbered as the sections lose to the headings over the sections' tables",
          "[sections][outline]") {
  // 一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 (sub-topics), then the
  // sections from 一 again: 一、主动公开政府信息情况 over 表二, 二、收到和处理… over 表三, ….
  const std::string subtopics = std::string("二、") + kTitles[1] + "\n全年公开55条。\n三、" + kTitles[2] + "\n全年收到申请5件。\n";
  auto r = gk::check_text(report({"一", "一", "二", "三", "四", "五"}, subtopics), "t.txt");
  INFO(listing(*r));
  CHECK(rules_of(*r, "section.") == std::vector<std::string>{"section.outline"});
  std::vector<std::string> headings;
  for (const gk::bind::SectionHeading& h : r->report.sections) headings.push_back(std::string(r->text.view(h.numeral)));
  CHECK(headings == std::vector<std::string>{"一、", "一、", "二、", "三、", "四、", "五、"});
}
