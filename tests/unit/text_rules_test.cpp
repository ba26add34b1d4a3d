// The narrative rules (text.stated-total, text.table-mismatch, text.enumeration,
// text.placeholder): silent on the real reports except seed 003's repeated 二是; firing at
// the intended characters when a real report is changed in one place; and the shapes each
// rule must leave alone.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "check.h"
#include "unit/support.h"

namespace {

using List = std::vector<std::string>;

bool is_text(const gk::rules::Finding& f) { return f.rule.rfind("text.", 0) == 0; }

// A finding as "rule@line:column", with " expected/actual" when it carries them.
std::string brief(const gk::CheckResult& r, const gk::rules::Finding& f) {
  gk::text::Position p = r.text.position(f.span.begin);
  std::string s = f.rule + "@" + std::to_string(p.line) + ":" + std::to_string(p.column);
  if (f.expected && f.actual) s += " " + f.expected->str() + "/" + f.actual->str();
  return s;
}

// The text.* findings, in text order.
List texts(const gk::CheckResult& r) {
  List v;
  for (const gk::rules::Finding& f : r.findings)
    if (is_text(f)) v.push_back(brief(r, f));
  return v;
}

// The findings of one rule, as texts() gives them.
List texts(const gk::CheckResult& r, const std::string& rule) {
  List v;
  for (const gk::rules::Finding& f : r.findings)
    if (f.rule == rule) v.push_back(brief(r, f));
  return v;
}

// The findings of one rule.
std::vector<const gk::rules::Finding*> of(const gk::CheckResult& r, const std::string& rule) {
  std::vector<const gk::rules::Finding*> v;
  for (const gk::rules::Finding& f : r.findings)
    if (f.rule == rule) v.push_back(&f);
  return v;
}

// The only finding of `rule`; fails the test when there is not exactly one.
const gk::rules::Finding& only(const gk::CheckResult& r, const std::string& rule) {
  auto v = of(r, rule);
  INFO("findings of " << rule << ": " << ::Catch::Detail::stringify(texts(r)));
  REQUIRE(v.size() == 1);
  return *v.front();
}

std::string covered(const gk::CheckResult& r, const gk::rules::Finding& f) { return std::string(r.text.view(f.span)); }
std::string covered(const gk::CheckResult& r, gk::text::Span s) { return std::string(r.text.view(s)); }

// "line:column" of the byte `offset` into the first `needle` after the first `after`.
std::string where(const gk::CheckResult& r, const std::string& needle, const std::string& after = "",
                  std::size_t offset = 0) {
  const std::string& s = r.text.str();
  std::size_t from = after.empty() ? 0 : s.find(after);
  REQUIRE(from != std::string::npos);
  std::size_t p = s.find(needle, from);
  INFO("looking for " << needle);
  REQUIRE(p != std::string::npos);
  gk::text::Position pos = r.text.position(p + offset);
  return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

// s with the first `from` replaced by `to`; fails the test when `from` is absent.
std::string replaced(std::string s, const std::string& from, const std::string& to) {
  std::size_t p = s.find(from);
  INFO("replacing " << from);
  REQUIRE(p != std::string::npos);
  s.replace(p, from.size(), to);
  return s;
}

std::string corpus(const char* file) { return gk_test::read_corpus(file); }

const char* const kHuaianLayout = "real/huaian-city-2024.pdf-layout.txt";
const char* const kHuaianRaw = "real/huaian-city-2024.pdf-raw.txt";
const char* const kHongzeLayout = "real/hongze-district-2024.pdf-layout.txt";
const char* const kHongzeRaw = "real/hongze-district-2024.pdf-raw.txt";

}  // namespace

// ---------------------------------------------------------------------------------------
// The real reports

TEST_CASE("text rules on the real reports: seed 003's repeated 二是 and three slips", "[text][golden]") {
  struct Case {
    const char* file;
    List expected;
  };
  const std::vector<Case> cases = {
      {gk_test::kSeed000, {}},
      {gk_test::kSeed001, {"text.slip@5:6"}},          // 2021年,我区
      {gk_test::kSeed002, {"text.slip@98:74"}},        // …及时公开信息 (no 。) before 六
      {gk_test::kSeed003, {"text.enumeration@397:170 3/2", "text.slip@398:115"}},
      {gk_test::kSeed004, {}},
      {kHuaianLayout, {}},
      {kHuaianRaw, {}},
      {kHongzeLayout, {}},
      {kHongzeRaw, {}},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    auto r = gk_test::check_corpus(c.file);
    CHECK(texts(*r) == c.expected);
  }
}

// ---------------------------------------------------------------------------------------
// text.stated-total

TEST_CASE("text.stated-total: parts, then 共 and the total", "[text][stated-total]") {
  SECTION("seed 004 with 共有 56 条: reported at the 56, the parts related") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed004), "共有 55 条", "共有 56 条"), "t");
    const gk::rules::Finding& f = only(*r, "text.stated-total");
    CHECK(brief(*r, f) == "text.stated-total@" + where(*r, "56 条") + " 55/56");
    CHECK(where(*r, "56 条") == "9:59");
    CHECK(covered(*r, f) == "56");
    CHECK(f.severity == gk::rules::Severity::Warning);
    CHECK_THAT(f.message, Catch::Contains("56条") && Catch::Contains("55条") && Catch::Contains("4+3+48") &&
                              Catch::Contains("“共有”"));
    REQUIRE(f.related.size() == 3);
    CHECK(covered(*r, f.related[0]) == "4");
    CHECK(covered(*r, f.related[2]) == "48");
  }
  SECTION("seed 004 with a part changed: 4 + 3 + 47 is not 55") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed004), "扶贫项目资金 48 条", "扶贫项目资金 47 条"), "t");
    CHECK(texts(*r) == List{"text.stated-total@9:59 54/55"});
  }
  SECTION("full-width digits and ideographic spaces are read, and the span is the source characters") {
    auto r = gk::check_text("政策信息　４　条，监督管理信息３条，共有８条。\n", "t");
    const gk::rules::Finding& f = only(*r, "text.stated-total");
    CHECK(brief(*r, f) == "text.stated-total@1:21 7/8");
    CHECK(covered(*r, f) == "８");
  }
  SECTION("other counts earlier in the sentence do not spoil a total of the parts nearest it") {
    auto r = gk::check_text("收到申请 10 件，答复 8 件，结转 2 件，共计 10 件。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("a 其中 before the 共 starts the parts") {
    auto r = gk::check_text("发布信息 120 条，其中政策 20 条、动态 100 条，共计 120 条。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("the parts must be in the same sentence") {
    auto r = gk::check_text("政策信息 3 条，动态信息 4 条。共有栏目 9 个，共发布 9 条。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("different units are not added: 条 and 个") {
    auto r = gk::check_text("政策信息 3 条，专题 4 个，共有 3 条。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("共 inside a word is no total: 公共, 共享, 共建") {
    auto r = gk::check_text("发布公共服务信息 3 条，共享数据 4 条，共建平台 5 个。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("a wrong total: 12 + 5 is not 18") {
    auto r = gk::check_text("全年召开常务会议 12 次，专题会议 5 次，共 18 次。\n", "t");
    CHECK(texts(*r) == List{"text.stated-total@1:26 17/18"});
  }
}

TEST_CASE("text.stated-total: the total, then 其中 and its parts", "[text][stated-total]") {
  SECTION("seed 000 with 50 条: 15 + 31 + 3 across 。其中：") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed000), "工作信息49条", "工作信息50条"), "t");
    const gk::rules::Finding& f = only(*r, "text.stated-total");
    CHECK(brief(*r, f) == "text.stated-total@6:56 49/50");
    CHECK(covered(*r, f) == "50");
    CHECK_THAT(f.message, Catch::Contains("“其中”") && Catch::Contains("15+31+3") && Catch::Contains("49条"));
  }
  SECTION("淮安 (PDF layout) with 结果纠正 65 件: the total 351 is cut from its 件 by a line end") {
    auto r = gk::check_text(replaced(corpus(kHuaianLayout), "结果纠正 64 件", "结果纠正 65 件"), "t");
    const gk::rules::Finding& f = only(*r, "text.stated-total");
    CHECK(brief(*r, f) == "text.stated-total@" + where(*r, "351\n") + " 352/351");
    CHECK(where(*r, "351\n") == "33:28");
    CHECK(covered(*r, f) == "351");
    CHECK_THAT(f.message, Catch::Contains("72+65+178+37"));
  }
  SECTION("淮安 (PDF raw) with 尚未审结 8 件 in 行政诉讼: 尚 / 未审结 wrapped, the sentence still read") {
    auto r = gk::check_text(replaced(corpus(kHuaianRaw), "尚未审结 7 件", "尚未审结 8 件"), "t");
    // The 8 also differs from 表四's 尚未审结 (7): text.table-mismatch says so at the 8.
    CHECK(texts(*r) == List{"text.stated-total@" + where(*r, "46 件") + " 47/46", "text.table-mismatch@" + where(*r, "8 件", "尚未审结 8") + " 7/8"});
  }
  SECTION("a 其中 that lists only one part below the total is silent") {
    auto r = gk::check_text("收到申请10件，其中自然人8件。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("one part above the total is reported") {
    auto r = gk::check_text("收到申请5件，其中自然人8件。\n", "t");
    CHECK(texts(*r) == List{"text.stated-total@1:5 8/5"});
  }
  SECTION("two parts below the total are reported") {
    auto r = gk::check_text("政府信息公开行政复议 10 件，其中结果维持 3 件，结果纠正 2 件。\n", "t");
    CHECK(texts(*r) == List{"text.stated-total@1:12 5/10"});
  }
  SECTION("counts after the parts have reached the total are something else") {
    auto r = gk::check_text("收到申请10件，其中自然人8件，法人2件，办结10件。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("等 marks a partial list") {
    auto r = gk::check_text("发布信息 120 条，其中政策 20 条、动态 30 条等。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("an approximate total is not checked") {
    auto r = gk::check_text("发布信息 5500 余条，其中政策 20 条、动态 30 条。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("a change is not a total: 同比增加 20 条，其中…") {
    auto r = gk::check_text("全年发布信息 120 条，同比增加 20 条，其中政策 50 条，动态 60 条。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("the parts end with the sentence") {
    auto r = gk::check_text("受理申请 10 件，其中自然人 6 件，法人 4 件；办理建议 20 件。\n", "t");
    CHECK(texts(*r).empty());
  }
}

// ---------------------------------------------------------------------------------------
// text.table-mismatch

namespace {

const std::string kSeed004Received = "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t";
const std::string kSeed002Reviews = "\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";

}  // namespace

TEST_CASE("text.table-mismatch: applications", "[text][table-mismatch]") {
  const std::string seed004 = corpus(gk_test::kSeed004);
  SECTION("seed 004 says none were received; with 2 in the table that is reported at the phrase") {
    std::string t = replaced(seed004, kSeed004Received, "一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t");
    auto r = gk::check_text(t, "t");
    const gk::rules::Finding& f = only(*r, "text.table-mismatch");
    CHECK(brief(*r, f) == "text.table-mismatch@11:18 2/0");
    CHECK(covered(*r, f) == "没有收到群众提交的政府信息公开申请");
    CHECK(f.severity == gk::rules::Severity::Error);
    CHECK_THAT(f.message, Catch::Contains("本年新收") && Catch::Contains("2件"));
    REQUIRE(f.related.size() == 1);
    gk::text::Position cell = r->text.position(f.related[0].begin);
    CHECK(cell.line == 42);
    CHECK(covered(*r, f.related[0]) == "2");
  }
  SECTION("seed 004 saying 3 were received while the table says 0: reported at the 3") {
    std::string t = replaced(seed004, "没有收到群众提交的政府信息公开申请", "收到群众提交的政府信息公开申请 3 件");
    auto r = gk::check_text(t, "t");
    const gk::rules::Finding& f = only(*r, "text.table-mismatch");
    CHECK(brief(*r, f) == "text.table-mismatch@" + where(*r, "3 件") + " 0/3");
    CHECK(covered(*r, f) == "3");
    CHECK_THAT(f.message, Catch::Contains("收到群众提交的政府信息公开申请 3 件") && Catch::Contains("应为0"));
  }
  SECTION("the same sentence agreeing with the table is silent") {
    std::string t = replaced(seed004, "没有收到群众提交的政府信息公开申请", "收到群众提交的政府信息公开申请 3 件");
    t = replaced(t, kSeed004Received, "一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3\t");
    auto r = gk::check_text(t, "t");
    CHECK(texts(*r).empty());
  }
  SECTION("淮安 with 受理…申请 3120 件 against 新收 3119 (layout and raw)") {
    for (const char* file : {kHuaianLayout, kHuaianRaw}) {
      INFO(file);
      auto r = gk::check_text(replaced(corpus(file), "申请 3119 件", "申请 3120 件"), "t");
      const gk::rules::Finding& f = only(*r, "text.table-mismatch");
      CHECK(brief(*r, f) == "text.table-mismatch@" + where(*r, "3120") + " 3119/3120");
      CHECK(where(*r, "3120") == (file == kHuaianLayout ? "31:27" : "33:27"));
      REQUIRE(f.related.size() == 1);
      CHECK(covered(*r, f.related[0]) == "3119");
    }
  }
  SECTION("a figure that counts 上年结转 too (3119 + 34) is accepted") {
    auto r = gk::check_text(replaced(corpus(kHuaianLayout), "申请 3119 件", "申请 3153 件"), "t");
    CHECK(texts(*r).empty());
  }
  SECTION("an office acting for the body (洪泽: 区政府办代表区政府受理…17 件, 表三 95) is another scope") {
    auto r = gk_test::check_corpus(kHongzeLayout);
    CHECK(of(*r, "text.table-mismatch").empty());
  }
  SECTION("申请 of other kinds (行政许可) are not compared") {
    std::string t = replaced(seed004, "没有收到群众提交的政府信息公开申请", "受理行政许可申请 3 件");
    auto r = gk::check_text(t, "t");
    CHECK(texts(*r).empty());
  }
}

TEST_CASE("text.table-mismatch: 行政复议 and 行政诉讼", "[text][table-mismatch]") {
  const std::string seed002 = corpus(gk_test::kSeed002);
  SECTION("seed 002 denies both; with one 行政复议 in the table, the 行政复议 is reported") {
    auto r = gk::check_text(replaced(seed002, kSeed002Reviews, "\n1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n"), "t");
    const gk::rules::Finding& f = only(*r, "text.table-mismatch");
    CHECK(brief(*r, f) == "text.table-mismatch@" + where(*r, "未有政府信息公开") + " 1/0");
    CHECK(covered(*r, f) == "未有政府信息公开的行政复议");
    CHECK_THAT(f.message, Catch::Contains("行政复议·总计") && Catch::Contains("1件"));
  }
  SECTION("with one 复议后起诉 as well, the 行政诉讼 too") {
    auto r = gk::check_text(replaced(seed002, kSeed002Reviews, "\n1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t1\t0\t0\t0\t1\n"), "t");
    auto v = of(*r, "text.table-mismatch");
    REQUIRE(v.size() == 2);
    CHECK(covered(*r, *v[0]) == "未有政府信息公开的行政复议");
    CHECK(covered(*r, *v[1]) == "未有政府信息公开的行政复议和行政诉讼");
    CHECK(v[1]->related.size() == 2);  // the two 行政诉讼 总计 cells
  }
  SECTION("淮安 with 行政复议 350 件: reported at the 350 (the sum rule in the text too)") {
    auto r = gk::check_text(replaced(corpus(kHuaianLayout), "行政复议 351", "行政复议 350"), "t");
    const gk::rules::Finding& f = only(*r, "text.table-mismatch");
    CHECK(brief(*r, f) == "text.table-mismatch@33:28 351/350");
    CHECK_THAT(f.message, Catch::Contains("行政复议 350件"));
    REQUIRE(f.related.size() == 1);
    CHECK(r->text.position(f.related[0].begin).line == 220);
    CHECK(of(*r, "text.stated-total").size() == 1);
  }
  SECTION("淮安 with 行政诉讼 45 件 against 26 + 20") {
    auto r = gk::check_text(replaced(corpus(kHuaianRaw), "行政诉讼 46 件", "行政诉讼 45 件"), "t");
    const gk::rules::Finding& f = only(*r, "text.table-mismatch");
    CHECK(brief(*r, f) == "text.table-mismatch@" + where(*r, "45 件") + " 46/45");
    CHECK(f.related.size() == 2);
  }
  SECTION("a denial of something else about reviews (无…被纠错) is not a denial of reviews") {
    std::string t = replaced(seed002, "未有政府信息公开的行政复议和行政诉讼等情况", "未发生行政复议被纠错的情况");
    t = replaced(t, kSeed002Reviews, "\n1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
    auto r = gk::check_text(t, "t");
    CHECK(of(*r, "text.table-mismatch").empty());
  }
}

// ---------------------------------------------------------------------------------------
// text.enumeration

TEST_CASE("text.enumeration: inline 一是 lists", "[text][enumeration]") {
  SECTION("seed 003: the second 二是 in section 五, expected 三是") {
    auto r = gk_test::check_corpus(gk_test::kSeed003);
    const gk::rules::Finding& f = only(*r, "text.enumeration");
    CHECK(brief(*r, f) == "text.enumeration@397:170 3/2");
    CHECK(covered(*r, f) == "二是");
    CHECK(f.severity == gk::rules::Severity::Warning);
    CHECK_THAT(f.message, Catch::Contains("重复") && Catch::Contains("应为“三是”"));
  }
  SECTION("seed 003 corrected is silent") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed003), "二是信息公开平台", "三是信息公开平台"), "t");
    CHECK(texts(*r, "text.enumeration").empty());
  }
  SECTION("seed 001: a nested 一是 inside the 二是 paragraph; with the next paragraph changed to 四是 it fires") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed001), "三是坚持为民宗旨", "四是坚持为民宗旨"), "t");
    CHECK(texts(*r, "text.enumeration") == List{"text.enumeration@" + where(*r, "四是坚持") + " 3/4"});
    CHECK(where(*r, "四是坚持") == "8:1");
  }
  SECTION("a skip inside a paragraph") {
    auto r = gk::check_text("主要问题：一是更新不及时；二是解读不够；四是队伍不稳。\n", "t");
    CHECK(texts(*r) == List{"text.enumeration@1:21 3/4"});
    CHECK_THAT(only(*r, "text.enumeration").message, Catch::Contains("跳号"));
  }
  SECTION("a repeat read as the intended number: 一 二 二 四 gives one finding") {
    auto r = gk::check_text("一是甲。二是乙。二是丙。四是丁。\n", "t");
    CHECK(texts(*r) == List{"text.enumeration@1:9 3/2"});
  }
  SECTION("之一是, 统一是 are words") {
    auto r = gk::check_text("主要问题之一是更新慢，统一是原则。三是其他。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("a list over two PDF lines is one list") {
    auto r = gk::check_text("主要表现在：一是解读质量仍需提升，个别单位政策\n解读内容简单；二是队伍建设还需加强。\n", "t");
    CHECK(texts(*r).empty());
  }
}

TEST_CASE("text.enumeration: paragraphs opening （一） and 1、", "[text][enumeration]") {
  SECTION("（一）（二）（四）: the （四）") {
    auto r = gk::check_text("一、总体情况\n（一）甲。\n（二）乙。\n（四）丙。\n", "t");
    const gk::rules::Finding& f = only(*r, "text.enumeration");
    CHECK(brief(*r, f) == "text.enumeration@4:1 3/4");
    CHECK(covered(*r, f) == "（四）");
    CHECK_THAT(f.message, Catch::Contains("应为“（三）”"));
  }
  SECTION("seed 000 section 一 with 1、2、4、") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed000), "3、严格管理", "4、严格管理"), "t");
    const gk::rules::Finding& f = only(*r, "text.enumeration");
    CHECK(brief(*r, f) == "text.enumeration@9:1 3/4");
    CHECK(covered(*r, f) == "4、");
  }
  SECTION("seed 004 section 一 with （二） twice") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed004), "（三）政府信息管理", "（二）政府信息管理"), "t");
    CHECK(texts(*r) == List{"text.enumeration@13:1 3/2"});
  }
  SECTION("each section has its own numbering, and a higher level restarts the lower one") {
    auto r = gk::check_text(
        "一、总体情况\n（一）甲。\n1、子项。\n（二）乙。\n1、子项。\n2、子项。\n"
        "五、存在的主要问题及改进情况\n（一）丙。\n（二）丁。\n",
        "t");
    CHECK(texts(*r).empty());
  }
  SECTION("（一）项 quoted at a line start is not a heading") {
    auto r = gk::check_text("一、总体情况\n（一）甲。\n（二）依照第二十条第\n（五）项公开。\n（三）丙。\n", "t");
    CHECK(texts(*r).empty());
  }
  SECTION("table cells are not paragraphs: 表三's labels never count") {
    auto r = gk_test::check_corpus(gk_test::kSeed004);
    CHECK(of(*r, "text.enumeration").empty());
  }
}

// ---------------------------------------------------------------------------------------
// text.placeholder

TEST_CASE("text.placeholder: template text left in", "[text][placeholder]") {
  SECTION("XX in the title of a real report") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed004), "北关区乡村振兴局 2023", "XX区乡村振兴局 2023"), "t");
    const gk::rules::Finding& f = only(*r, "text.placeholder");
    CHECK(brief(*r, f) == "text.placeholder@3:1");
    CHECK(covered(*r, f) == "XX");
    CHECK(f.severity == gk::rules::Severity::Error);
    CHECK_THAT(f.message, Catch::Contains("“XX”"));
  }
  SECTION("（具体网址） in seed 002's text") {
    auto r = gk::check_text(replaced(corpus(gk_test::kSeed002), "主要采取政府网站方式进行公开",
                                     "主要采取政府网站（具体网址）方式进行公开"),
                            "t");
    const gk::rules::Finding& f = only(*r, "text.placeholder");
    CHECK(brief(*r, f) == "text.placeholder@" + where(*r, "（具体网址）"));
    CHECK(covered(*r, f) == "（具体网址）");
  }
  SECTION("each kind, at its characters") {
    auto r = gk::check_text(
        "成文日期：2021年X月X日，报告年度202X年。\n"
        "××镇、○○村、ＸＸ县、xxx局。\n"
        "【填写单位名称】、[单位名称]、(具体时间)、此处填写、请于____前报送。\n",
        "t");
    List expected = {"text.placeholder@1:11", "text.placeholder@1:20", "text.placeholder@2:1",
                     "text.placeholder@2:5",  "text.placeholder@2:9",  "text.placeholder@2:13",
                     "text.placeholder@3:1",  "text.placeholder@3:10", "text.placeholder@3:17",
                     "text.placeholder@3:24", "text.placeholder@3:31"};
    CHECK(texts(*r) == expected);
    List shown;
    for (const gk::rules::Finding* f : of(*r, "text.placeholder")) shown.push_back(covered(*r, *f));
    CHECK(shown == List{"X月X日", "202X年", "××", "○○", "ＸＸ", "xxx", "【填写单位名称】", "[单位名称]", "(具体时间)",
                        "此处填写", "____"});
  }
  SECTION("not placeholders: URLs, e-mail, Latin words, 〇 in dates, references, arithmetic, rules") {
    auto r = gk::check_text(
        "网址：http://www.xx.gov.cn，邮箱 xxgk@np.gov.cn，Xbox、fax、XXL。\n"
        "二〇〇九年，（具体见附件），(具体如下)，〔2019〕60号，3××4，[bookmark]。\n"
        "______\n",
        "t");
    CHECK(texts(*r).empty());
  }
}

// ---------------------------------------------------------------------------------------
// Linear time

TEST_CASE("text rules stay linear on long unpunctuated input", "[text][performance]") {
  // One paragraph of ~1.2 MB with no sentence end: 其中, 共, 一是, 收到…申请 and XX over and
  // over. A quadratic scan would take minutes.
  std::string para;
  for (int i = 0; i < 8000; ++i) para += "收到申请 3 件，其中自然人 1 件，法人 1 件，共 2 件，一是XX，二是 ";
  std::string text = "一、总体情况\n" + para + "\n";
  auto start = std::chrono::steady_clock::now();
  auto r = gk::check_text(text, "t");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 20.0);
  CHECK(!of(*r, "text.placeholder").empty());
}
