// The four meta rules (meta.year, meta.signature, meta.deadline, meta.fee-statement): their
// verdicts on the real reports, and on the real reports changed in one place (a year, the
// date, the body, section 六's fee sentence) and on short made-up reports.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check.h"
#include "unit/support.h"

namespace {

bool is_meta(const gk::rules::Finding& f) { return f.rule.rfind("meta.", 0) == 0; }

// The meta.* findings as "rule@line:column", in text order.
std::vector<std::string> metas(const gk::CheckResult& r) {
  std::vector<std::string> v;
  for (const gk::rules::Finding& f : r.findings) {
    if (!is_meta(f)) continue;
    gk::text::Position p = r.text.position(f.span.begin);
    v.push_back(f.rule + "@" + std::to_string(p.line) + ":" + std::to_string(p.column));
  }
  return v;
}

// The only finding of `rule`; fails the test when there is not exactly one.
const gk::rules::Finding& only(const gk::CheckResult& r, const std::string& rule) {
  const gk::rules::Finding* found = nullptr;
  int n = 0;
  for (const gk::rules::Finding& f : r.findings)
    if (f.rule == rule) {
      found = &f;
      ++n;
    }
  INFO("findings of " << rule);
  REQUIRE(n == 1);
  return *found;
}

std::string covered(const gk::CheckResult& r, const gk::rules::Finding& f) { return std::string(r.text.view(f.span)); }

// s with the first `from` replaced by `to`; fails the test when `from` is absent.
std::string replaced(std::string s, const std::string& from, const std::string& to) {
  std::size_t p = s.find(from);
  INFO("replacing " << from);
  REQUIRE(p != std::string::npos);
  s.replace(p, from.size(), to);
  return s;
}

std::string seed(const char* file) { return gk_test::read_corpus(file); }

using List = std::vector<std::string>;

// A short report: title, 统计期限, the six headings, signature. No tables, so no format is
// bound and meta.fee-statement stays out of the way.
struct Mini {
  std::string title = "某某县人民政府办公室2021年政府信息公开工作年度报告";
  std::string period = "本报告所列数据统计期限为2021年1月1日至2021年12月31日。";
  std::string overview = "2021年，我办认真贯彻落实《中华人民共和国政府信息公开条例》。";
  std::string other = "本年度未收取信息处理费。";
  std::string body = "某某县人民政府办公室";
  std::string date = "2022年1月20日";
  std::string text() const {
    std::string t = title + "\n" + period + "\n一、总体情况\n" + overview +
                    "\n二、主动公开政府信息情况\n本年度主动公开政府信息120条。\n"
                    "三、收到和处理政府信息公开申请情况\n本年度收到申请3件。\n"
                    "四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议、行政诉讼。\n"
                    "五、存在的主要问题及改进情况\n主要问题是公开不够及时，下一步将加强审核。\n"
                    "六、其他需要报告的事项\n" +
                    other + "\n";
    if (!body.empty()) t += body + "\n";
    if (!date.empty()) t += date + "\n";
    return t;
  }
};

}  // namespace

TEST_CASE("meta rules on the real reports", "[meta][golden]") {
  struct Case {
    const char* file;
    List expected;
  };
  const std::vector<Case> cases = {
      {gk_test::kSeed000, {"meta.fee-statement@390:1"}},
      {gk_test::kSeed001, {"meta.fee-statement@405:1", "meta.signature@406:2"}},
      {gk_test::kSeed002, {}},
      {gk_test::kSeed003, {"meta.signature@400:31"}},
      {gk_test::kSeed004, {"meta.signature@87:19"}},
      {"real/huaian-city-2024.pdf-layout.txt", {"meta.signature@241:28"}},
      {"real/huaian-city-2024.pdf-raw.txt", {"meta.signature@209:28"}},
      {"real/hongze-district-2024.pdf-layout.txt", {"meta.signature@166:24"}},
      {"real/hongze-district-2024.pdf-raw.txt", {"meta.signature@171:24"}},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    auto r = gk_test::check_corpus(c.file);
    CHECK(metas(*r) == c.expected);
  }
}

TEST_CASE("meta.signature says what is missing", "[meta]") {
  SECTION("seed 001: neither body nor date, one finding naming both, after the last word") {
    auto r = gk_test::check_corpus(gk_test::kSeed001);
    const gk::rules::Finding& f = only(*r, "meta.signature");
    CHECK(f.severity == gk::rules::Severity::Warning);
    CHECK(f.span.empty());
    CHECK(f.span.begin == r->text.str().find_last_not_of(" \n") + 1);
    CHECK_THAT(f.message, Catch::Contains("发布机关名称和成文日期") && Catch::Contains("两者都没有"));
  }
  SECTION("seed 004: the body is in the title, only the date is missing") {
    auto r = gk_test::check_corpus(gk_test::kSeed004);
    const gk::rules::Finding& f = only(*r, "meta.signature");
    CHECK_THAT(f.message, Catch::Contains("成文日期") && Catch::Contains("“北关区乡村振兴局”") &&
                              Catch::Contains("2024年1月20日"));
  }
  SECTION("a PDF text: the page number after the last paragraph is not where the date goes") {
    auto r = gk_test::check_corpus("real/huaian-city-2024.pdf-layout.txt");
    const gk::rules::Finding& f = only(*r, "meta.signature");
    // Just after "…信息处理费 3940 元。", not after the "-6-" below it.
    CHECK(r->text.str().compare(f.span.begin - 3, 3, "。") == 0);
  }
  SECTION("seed 000 without its signed body: silent, the title names the body") {
    auto r = gk::check_text(replaced(seed(gk_test::kSeed000), "无。\n鹤岗市乡村振兴局\n", "无。\n"), "t");
    CHECK(metas(*r) == List{"meta.fee-statement@390:1"});
  }
  SECTION("seed 000 without its date: the date belongs after the signed body") {
    auto r = gk::check_text(replaced(seed(gk_test::kSeed000), "2022年1月26日", ""), "t");
    CHECK(metas(*r) == List{"meta.fee-statement@390:1", "meta.signature@392:9"});
    CHECK_THAT(only(*r, "meta.signature").message, Catch::Contains("“鹤岗市乡村振兴局”"));
  }
  SECTION("a date but no body anywhere: the body belongs before the date") {
    Mini m;
    m.title = "2021年政府信息公开工作年度报告";
    m.body = "";
    auto r = gk::check_text(m.text(), "t");
    const gk::rules::Finding& f = only(*r, "meta.signature");
    CHECK(f.span.empty());
    CHECK(r->text.str().compare(f.span.begin, m.date.size(), m.date) == 0);
    CHECK_THAT(f.message, Catch::Contains("发布机关名称") && Catch::Contains("2022年1月20日"));
  }
  SECTION("body and date: silent") {
    auto r = gk::check_text(Mini().text(), "t");
    CHECK(metas(*r) == List{});
  }
  SECTION("text that is not a report: silent") {
    auto r = gk::check_text("今天天气很好。\n", "t");
    CHECK(metas(*r) == List{});
  }
}

TEST_CASE("meta.year finds the year that disagrees", "[meta]") {
  SECTION("统计期限 of another year than the title (seed 001)") {
    auto r = gk::check_text(replaced(seed(gk_test::kSeed001), "统计期限为2021年", "统计期限为2020年"), "t");
    const gk::rules::Finding& f = only(*r, "meta.year");
    CHECK(f.severity == gk::rules::Severity::Error);
    CHECK(covered(*r, f) == "2020年");
    gk::text::Position p = r->text.position(f.span.begin);
    CHECK(p.line == 3);
    CHECK(p.column == 70);
    CHECK_THAT(f.message, Catch::Contains("统计期限") && Catch::Contains("2020年") && Catch::Contains("2021年"));
    REQUIRE(f.expected);
    CHECK(f.expected->str() == "2021");
    CHECK(f.actual->str() == "2020");
  }
  SECTION("统计期限 ending in another year, written over two lines with blanks (PDF text)") {
    Mini m;
    m.period = "本报告所列数据统计期限自 2021 年 1 月 1 日\n起至 2022 年 12 月 31 日止。";
    auto r = gk::check_text(m.text(), "t");
    const gk::rules::Finding& f = only(*r, "meta.year");
    CHECK(covered(*r, f) == "2022 年");
    CHECK(r->text.position(f.span.begin).line == 3);
  }
  SECTION("统计期限 in Chinese numerals") {
    Mini m;
    m.period = "统计期限为二〇二〇年一月一日至十二月三十一日。";
    auto r = gk::check_text(m.text(), "t");
    CHECK(covered(*r, only(*r, "meta.year")) == "二〇二〇年");
  }
  SECTION("a malformed year anywhere: 202020年 in seed 000's title, 20211年 in a sentence") {
    auto r = gk::check_text(replaced(seed(gk_test::kSeed000), "\n2021年度政府", "\n202021年度政府"), "t");
    const gk::rules::Finding& f = only(*r, "meta.year");
    CHECK(covered(*r, f) == "202021年");
    CHECK(r->text.position(f.span.begin).line == 2);
    CHECK(r->text.position(f.span.begin).column == 1);
    CHECK_THAT(f.message, Catch::Contains("“202021年”") && Catch::Contains("四位"));

    Mini m;
    m.overview = "我办按照《某某县20211年政务公开工作要点》开展工作。";
    auto r2 = gk::check_text(m.text(), "t");
    const gk::rules::Finding& f2 = only(*r2, "meta.year");
    CHECK(covered(*r2, f2) == "20211年");
    CHECK(r2->text.position(f2.span.begin).line == 4);
    CHECK(r2->text.position(f2.span.begin).column == 9);
  }
  SECTION("a malformed year in full-width digits, or with a digit only NFKC reads (①)") {
    for (const char* written : {"２０２１１年", "2021①年"}) {
      INFO(written);
      Mini m;
      m.overview = std::string("我办按照《某某县") + written + "政务公开工作要点》开展工作。";
      auto r = gk::check_text(m.text(), "t");
      CHECK(covered(*r, only(*r, "meta.year")) == written);
    }
  }
  SECTION("signed in the report's own year, or two years later (seed 000)") {
    for (const char* date : {"2021年12月26日", "2023年1月26日"}) {
      INFO(date);
      auto r = gk::check_text(replaced(seed(gk_test::kSeed000), "2022年1月26日", date), "t");
      const gk::rules::Finding& f = only(*r, "meta.year");
      CHECK(covered(*r, f) == date);
      CHECK(r->text.position(f.span.begin).line == 393);
      CHECK(r->text.position(f.span.begin).column == 1);
      CHECK_THAT(f.message, Catch::Contains(date) && Catch::Contains("次年（2022年）"));
    }
  }
  SECTION("总体情况 opening with last year (seed 001)") {
    auto r = gk::check_text(replaced(seed(gk_test::kSeed001), "\n2021年,我区", "\n2020年,我区"), "t");
    const gk::rules::Finding& f = only(*r, "meta.year");
    CHECK(covered(*r, f) == "2020年");
    CHECK(r->text.position(f.span.begin).line == 5);
    CHECK(r->text.position(f.span.begin).column == 1);
    CHECK_THAT(f.message, Catch::Contains("总体情况") && Catch::Contains("上一年度"));
  }
  SECTION("总体情况 speaking of another time, not of the year: silent") {
    for (const char* opening : {"2019年以来，我办持续推进政务公开。", "2020年底，我办制定了公开目录。",
                                "2020年12月，我办召开专题会议。", "我办在2020年工作基础上继续推进。"}) {
      INFO(opening);
      Mini m;
      m.overview = opening;
      auto r = gk::check_text(m.text(), "t");
      CHECK(metas(*r) == List{});
    }
  }
  SECTION("numbers that are not years: silent") {
    Mini m;
    m.overview = "2021年，我办收取处理费 20000 元，电话 0517-20211年 号码 12021年。";
    auto r = gk::check_text(m.text(), "t");
    CHECK(metas(*r) == List{});
  }
}

TEST_CASE("meta.deadline: departments by 1月31日, governments by 3月31日", "[meta]") {
  SECTION("a department signing in February (seed 000)") {
    auto r = gk::check_text(replaced(seed(gk_test::kSeed000), "2022年1月26日", "2022年2月26日"), "t");
    const gk::rules::Finding& f = only(*r, "meta.deadline");
    CHECK(f.severity == gk::rules::Severity::Warning);
    CHECK(covered(*r, f) == "2022年2月26日");
    CHECK(r->text.position(f.span.begin).line == 393);
    CHECK_THAT(f.message, Catch::Contains("2022年2月26日") && Catch::Contains("2022年1月31日") &&
                              Catch::Contains("政府部门") && Catch::Contains("第四十九条"));
  }
  SECTION("on 1月31日 itself: in time") {
    auto r = gk::check_text(replaced(seed(gk_test::kSeed000), "2022年1月26日", "2022年1月31日"), "t");
    CHECK(metas(*r) == List{"meta.fee-statement@390:1"});
  }
  SECTION("the body decides: 人民政府 by 3月31日, 人民政府办公室 by 1月31日") {
    std::string march = replaced(seed(gk_test::kSeed000), "2022年1月26日", "2022年3月26日");
    auto gov = gk::check_text(replaced(march, "无。\n鹤岗市乡村振兴局", "无。\n鹤岗市人民政府"), "t");
    // The title still names 鹤岗市乡村振兴局: meta.body says the two differ.
    CHECK(metas(*gov) == List{"meta.fee-statement@390:1", "meta.body@392:1"});

    auto office = gk::check_text(replaced(march, "无。\n鹤岗市乡村振兴局", "无。\n鹤岗市人民政府办公室"), "t");
    const gk::rules::Finding& f = only(*office, "meta.deadline");
    CHECK_THAT(f.message, Catch::Contains("“鹤岗市人民政府办公室”为政府部门") && Catch::Contains("2022年1月31日"));

    auto late = gk::check_text(replaced(march, "无。\n鹤岗市乡村振兴局\n2022年3月26日", "无。\n鹤岗市人民政府\n2022年4月1日"), "t");
    const gk::rules::Finding& g = only(*late, "meta.deadline");
    CHECK(covered(*late, g) == "2022年4月1日");
    CHECK_THAT(g.message, Catch::Contains("人民政府") && Catch::Contains("2022年3月31日"));
  }
  SECTION("the title's body when nothing is signed; a date in Chinese numerals") {
    Mini m;
    m.title = "某某县人民政府2021年政府信息公开工作年度报告";
    m.body = "";
    m.date = "二〇二二年四月六日";
    auto r = gk::check_text(m.text(), "t");
    const gk::rules::Finding& f = only(*r, "meta.deadline");
    CHECK(covered(*r, f) == "二〇二二年四月六日");
    CHECK_THAT(f.message, Catch::Contains("2022年4月6日") && Catch::Contains("2022年3月31日"));
  }
  SECTION("no date or no year: silent") {
    Mini m;
    m.date = "";
    auto no_date = gk::check_text(m.text(), "t");
    for (const gk::rules::Finding& f : no_date->findings) CHECK(f.rule != "meta.deadline");

    Mini y;
    y.title = "某某县人民政府办公室政府信息公开工作年度报告";
    y.period = "";
    y.overview = "我办认真贯彻落实《中华人民共和国政府信息公开条例》。";
    y.date = "2023年6月1日";
    auto no_year = gk::check_text(y.text(), "t");
    REQUIRE_FALSE(no_year->report.year);
    CHECK(metas(*no_year) == List{});
  }
}

TEST_CASE("meta.fee-statement: section 六 of the 2021 format must speak of 信息处理费", "[meta]") {
  SECTION("seed 000: 六 says only 无。") {
    auto r = gk_test::check_corpus(gk_test::kSeed000);
    const gk::rules::Finding& f = only(*r, "meta.fee-statement");
    CHECK(f.severity == gk::rules::Severity::Warning);
    CHECK(covered(*r, f) == "六、其他需要报告的事项");
    CHECK_THAT(f.message, Catch::Contains("信息处理费") && Catch::Contains("2021年修订") &&
                              Catch::Contains("只写了“无。”"));
  }
  SECTION("seed 004 without its fee sentence") {
    auto r = gk::check_text(
        replaced(seed(gk_test::kSeed004), "本年度，本机关未收取信息公开处理费。", "本年度无其他需要报告的事项。"), "t");
    const gk::rules::Finding& f = only(*r, "meta.fee-statement");
    CHECK(r->text.position(f.span.begin).line == 85);
    CHECK(r->text.position(f.span.begin).column == 1);
    CHECK_THAT(f.message, Catch::Contains("本年度无其他需要报告的事项"));
  }
  SECTION("seed 000 stating the fee, in other words: silent") {
    for (const char* words : {"本机关全年未收费。", "全年收取信息处理费0元。", "本年度未收取任何费用。"}) {
      INFO(words);
      auto r = gk::check_text(replaced(seed(gk_test::kSeed000), "六、其他需要报告的事项\n无。", std::string("六、其他需要报告的事项\n") + words), "t");
      CHECK(metas(*r) == List{});
    }
  }
  SECTION("the 2019 format (seeds 002, 003) and a report without 六: silent") {
    for (const char* file : {gk_test::kSeed002, gk_test::kSeed003}) {
      INFO(file);
      auto r = gk_test::check_corpus(file);
      for (const gk::rules::Finding& f : r->findings) CHECK(f.rule != "meta.fee-statement");
    }
    auto r = gk::check_text(replaced(seed(gk_test::kSeed000), "六、其他需要报告的事项\n", ""), "t");
    for (const gk::rules::Finding& f : r->findings) CHECK(f.rule != "meta.fee-statement");
  }
}
