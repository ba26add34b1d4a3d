// section.content: on the 2021 format, 一、总体情况 covers 主动公开, 依申请公开, 政府信息管理,
// 平台建设 and 监督保障, by their words or the close variants real reports write. Made-up
// reports: the tables' format decides whether the rule applies.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check.h"
#include "unit/support.h"
#include "unit/synthetic_report.h"

namespace {

// The synthetic report (tab-separated 表二 and 表三 of the 2021 format) with 一、总体情况
// saying `overview`.
std::string with_overview(const std::string& overview) {
  std::string t = gk_test::build_report(gk_test::consistent_rows_2021()).text;
  const std::string second = "二、主动公开政府信息情况";
  return t.insert(t.find(second), "一、总体情况\n" + overview + "\n");
}

}  // namespace

TEST_CASE("section.content: an overview that covers the five topics is silent", "[section.content]") {
  auto r = gk::check_text(with_overview("全年主动公开政府信息55条；依申请公开方面，收到申请5件；加强政府信息管理；"
                                        "推进平台建设；强化监督保障。"),
                          "t.txt");
  CHECK(gk_test::rule_findings(*r, "section.content").empty());
}

TEST_CASE("section.content: close variants count (公开申请, 信息管理, 平台, 监督)", "[section.content]") {
  auto r = gk::check_text(with_overview("全年主动公开政府信息55条，规范政府信息公开申请办理，做好信息管理，"
                                        "维护政务公开平台，自觉接受社会监督。"),
                          "t.txt");
  CHECK(gk_test::rule_findings(*r, "section.content").empty());
}

TEST_CASE("section.content: one finding names every topic left out, at the heading", "[section.content]") {
  auto r = gk::check_text(with_overview("全年主动公开政府信息55条，切实做好政务公开工作。"), "t.txt");
  auto found = gk_test::rule_findings(*r, "section.content");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->certainty == gk::rules::Certainty::Review);
  CHECK(found[0]->severity == gk::rules::Severity::Warning);
  CHECK_THAT(found[0]->message, Catch::StartsWith("第一部分“总体情况”未写到依申请公开、政府信息管理、平台建设、监督保障："));
  CHECK(r->text.view(found[0]->span) == "一、总体情况");
}

TEST_CASE("section.content: the sub-topics' headings under 总体情况 count as its text", "[section.content]") {
  auto r = gk::check_text(with_overview("（一）主动公开\n全年公开55条。\n（二）依申请公开\n收到5件。\n（三）政府信息管理\n"
                                        "严格审核。\n（四）平台建设\n维护网站。\n（五）监督保障\n纳入考核。"),
                          "t.txt");
  CHECK(gk_test::rule_findings(*r, "section.content").empty());
}

TEST_CASE("section.content: silent on the 2019 format, which names no topics", "[section.content]") {
  // No tables: the format is the one in force for the report's year.
  auto text = [](int year) {
    return "某县农业农村局" + std::to_string(year) + "年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息55条。\n"
           "二、主动公开政府信息情况\n全年制发规范性文件2件。\n";
  };
  auto old = gk::check_text(text(2020), "t.txt");
  REQUIRE(old->report.year == 2020);
  CHECK(gk_test::rule_findings(*old, "section.content").empty());
  auto now = gk::check_text(text(2023), "t.txt");
  CHECK(gk_test::rule_findings(*now, "section.content").size() == 1);
}
