// Who issued a report and when, read from its title and a page's 发布日期 line as well as the
// signature (meta.signature), and meta.body: the title's body against the signed one. The
// reports are the narrative report (narrative_report.h) with its title and signature changed.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unit/narrative_report.h"

namespace {

using gk_test::check_narrative, gk_test::findings_of, gk_test::Narrative;
using List = std::vector<std::string>;

Narrative titled(const std::string& title, const std::string& signature) {
  Narrative n;
  n.title = title;
  n.signature = signature;
  return n;
}

std::string title_body(const gk::CheckResult& r) {
  const auto& b = r.report.signature.title_body;
  return b ? std::string(r.text.view(*b)) : std::string("(none)");
}

}  // namespace

TEST_CASE("the issuing body is read from the title, before or after its year", "[meta][body]") {
  struct Case {
    const char* title;
    const char* body;
  };
  const Case cases[] = {
      {"2019年某市人民政府办公厅政府信息公开工作年度报告", "某市人民政府办公厅"},
      {"2021年度某某县交通运输局政府信息公开工作年度报告", "某某县交通运输局"},
      {"某某县交通运输局 2021 年政府信息公开工作年度报告", "某某县交通运输局"},
      {"2021年政府信息公开工作年度报告", "(none)"},
      {"2021年关于做好政府信息公开工作的年度报告", "(none)"},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    auto r = check_narrative(titled(c.title, "2022年1月20日"));
    CHECK(title_body(*r) == c.body);
  }
}

TEST_CASE("a 发布日期 or 成文日期 line above the first section dates the report", "[meta][signature]") {
  SECTION("a numeric date after the label: the report is dated, no meta.signature") {
    for (const char* line : {"发布日期：2022-01-25", "成文日期:2022/1/25  来源：区政府办", "发布日期：2022年1月25日"}) {
      INFO(line);
      auto r = check_narrative(titled(std::string("2021年某某区人民政府政府信息公开工作年度报告\n") + line, ""));
      REQUIRE(r->report.signature.header_date);
      CHECK(r->report.signature.header_date->month == 1);
      CHECK(r->report.signature.header_date->day == 25);
      CHECK(findings_of(*r, "meta.signature").empty());
    }
  }
  SECTION("a page's metadata table: the cell after 公开日期") {
    auto r = check_narrative(titled("2021年某某区人民政府政府信息公开工作年度报告\n\n索引号\t11/2022-001\t公开日期\t2022-01-26\n"
                                    "发布机构\t某某区人民政府\t文号\t\n",
                                    ""));
    REQUIRE(r->report.signature.header_date);
    CHECK(r->report.signature.header_date->day == 26);
    CHECK(findings_of(*r, "meta.signature").empty());
  }
  SECTION("a date that is not labelled, or a time stamp of another kind, is not the report's date") {
    for (const char* line : {"2022-01-25", "采集时间：2025-12-30T21:37:37", "发布日期：2022-13-01"}) {
      INFO(line);
      auto r = check_narrative(titled(std::string("2021年某某区人民政府政府信息公开工作年度报告\n") + line, ""));
      CHECK_FALSE(r->report.signature.header_date);
      CHECK(findings_of(*r, "meta.signature").size() == 1);
    }
  }
}

TEST_CASE("meta.body: the title's body and the signed body", "[meta][body]") {
  SECTION("the same body, shortened or with 政府 for 人民政府, or its office signing: silent") {
    const std::pair<const char*, const char*> same[] = {
        {"某省某市某某区人民政府2021年政府信息公开工作年度报告", "某某区人民政府\n2022年1月20日"},
        {"某市某某区人民政府2021年政府信息公开工作年度报告", "某某区政府\n2022年1月20日"},
        {"某某县人民政府2021年政府信息公开工作年度报告", "某某县人民政府办公室\n2022年1月20日"},
        {"2021年某某县应急管理局政府信息公开工作年度报告", "某某县应急管理局\n2022年1月20日"},
        {"某山县卫健局2021年政府信息公开工作年度报告", "某山彝族自治县卫生健康局\n2022年1月20日"},
    };
    for (const auto& [title, signature] : same) {
      INFO(title << " / " << signature);
      CHECK(findings_of(*check_narrative(titled(title, signature)), "meta.body").empty());
    }
  }
  SECTION("two different bodies: reported at the signed body, the title's related") {
    auto r = check_narrative(titled("某某县应急管理局2021年政府信息公开工作年度报告", "某某县自然资源局\n2022年1月20日"));
    CHECK(findings_of(*r, "meta.body") == List{"某某县自然资源局"});
    for (const auto& f : r->findings)
      if (f.rule == "meta.body") {
        CHECK(f.certainty == gk::rules::Certainty::Review);
        REQUIRE(f.related.size() == 1);
        CHECK(r->text.view(f.related[0]) == "某某县应急管理局");
      }
  }
  SECTION("another county's government of the same name is another body") {
    auto r = check_narrative(titled("甲县人民政府2021年政府信息公开工作年度报告", "乙县人民政府\n2022年1月20日"));
    CHECK(findings_of(*r, "meta.body").size() == 1);
  }
}
