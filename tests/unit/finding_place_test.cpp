// Each finding's place (output/finding_place.h): a cell by the format's labels (named by the
// finding or found under its span), a row, a table, a section's heading, the section as a
// whole, a paragraph of it as a reader counts them, the title and the signature. Made-up
// reports (unit/narrative_report.h) with findings placed by hand at their text.
#include <catch2/catch.hpp>

#include <string>

#include "check.h"
#include "output/finding_place.h"
#include "unit/narrative_report.h"

namespace {

using gk::rules::CellRef, gk::rules::Finding;

// A finding over the nth occurrence (0-based) of `what` in the report's text.
Finding at(const gk::CheckResult& r, const std::string& what, int nth = 0) {
  std::size_t p = r.text.str().find(what);
  for (int i = 0; i < nth && p != std::string::npos; ++i) p = r.text.str().find(what, p + 1);
  REQUIRE(p != std::string::npos);
  Finding f;
  f.rule = "test.place";
  f.span = {p, p + what.size()};
  return f;
}

std::string place(const gk::CheckResult& r, const Finding& f) { return gk::output::FindingPlaces(r).of(f).text; }

gk_test::Narrative two_paragraph_overview() {
  gk_test::Narrative n;
  n.overview = "本年度，本机关认真贯彻落实条例。\n（一）主动公开\n本机关在网站主动公开信息一百条。";
  return n;
}

}  // namespace

TEST_CASE("place: a cell a finding names, by its table's number and the format's labels", "[place]") {
  auto r = gk_test::check_narrative(gk_test::Narrative{});
  Finding f = at(*r, "（七）总计");
  f.cell = CellRef{"applications", "results_total", "natural"};
  CHECK(place(*r, f) == "表三 ·（七）总计 · 自然人");
  f.cell = CellRef{"applications", "partly_disclosed", "total"};  // the label's note in brackets left out
  CHECK(place(*r, f) == "表三 ·（二）部分公开 · 总计");
  f.cell = CellRef{"applications", "withheld_4", "commercial"};  // an item under its group row
  CHECK(place(*r, f) == "表三 ·（三）不予公开·4.保护第三方合法权益 · 商业企业");
  f.cell = CellRef{"reviews", "counts", "review_total"};  // 表四's one unlabeled row
  CHECK(place(*r, f) == "表四 · 行政复议·总计");
  f.cell = CellRef{"applications", "carried_out", ""};  // a row
  CHECK(place(*r, f) == "表三 · 四、结转下年度继续办理");
  f.cell = CellRef{"active_regulations", "", ""};  // a whole table: 表二's parts by their titles
  CHECK(place(*r, f) == "表二 · 第二十条第（一）项");
  f.cell = CellRef{"applications", "", ""};
  CHECK(place(*r, f) == "表三");
}

TEST_CASE("place: a span in a table names the cell or row it is in", "[place]") {
  auto r = gk_test::check_narrative(gk_test::Narrative{});
  // 规章\t0\t0\t0: the second value is 本年废止件数.
  Finding f = at(*r, "规章\t0\t0\t0");
  CHECK(place(*r, f) == "表二 · 规章");
  f.span.begin += std::string("规章\t0\t").size();
  f.span.end = f.span.begin + 1;
  CHECK(place(*r, f) == "表二 · 规章 · 本年废止件数");
  Finding fee = at(*r, "行政事业性收费\t0");
  fee.span.begin = fee.span.end - 1;
  CHECK(place(*r, fee) == "表二 · 行政事业性收费 · 本年收费金额");
}

TEST_CASE("place: a section's heading, the section as a whole, a missing section", "[place]") {
  auto r = gk_test::check_narrative(gk_test::Narrative{});
  Finding numeral = at(*r, "六、");
  numeral.span.end = numeral.span.begin + std::string("六、").size();
  CHECK(place(*r, numeral) == "第六部分标题");
  Finding title = at(*r, "存在的主要问题及改进情况");
  CHECK(place(*r, title) == "第五部分标题");
  Finding line = at(*r, "五、存在的主要问题及改进情况");  // the whole heading line: the section
  CHECK(place(*r, line) == "第五部分");
  Finding missing;
  missing.span = {r->text.str().size(), r->text.str().size()};
  missing.section = 4;
  CHECK(place(*r, missing) == "第四部分");
}

TEST_CASE("place: a paragraph of a section, counted as a reader counts them", "[place]") {
  auto r = gk_test::check_narrative(two_paragraph_overview());
  CHECK(place(*r, at(*r, "认真贯彻落实条例")) == "第一部分第 1 段");
  CHECK(place(*r, at(*r, "（一）主动公开")) == "第一部分第 2 段");
  CHECK(place(*r, at(*r, "一百条")) == "第一部分第 3 段");
  CHECK(place(*r, at(*r, "未收取信息处理费")) == "第六部分第 1 段");

  // Lines a PDF's width wrapped are one paragraph; an indented line starts one.
  gk_test::Narrative wrapped;
  wrapped.overview =
      "   本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府\n"
      "信息公开工作，主动公开政府信息一百条，办理政府信息公开申请五件，均按时答\n"
      "复。\n"
      "   本机关加强平台建设，完善公开目录。";
  auto w = gk_test::check_narrative(wrapped);
  CHECK(place(*w, at(*w, "办理政府信息公开申请五件")) == "第一部分第 1 段");
  CHECK(place(*w, at(*w, "加强平台建设")) == "第一部分第 2 段");
}

TEST_CASE("place: the title and the signature", "[place]") {
  auto r = gk_test::check_narrative(gk_test::Narrative{});
  CHECK(place(*r, at(*r, "政府信息公开工作年度报告")) == "报告标题");
  CHECK(place(*r, at(*r, "2022年1月20日")) == "落款");
  CHECK(place(*r, at(*r, "某某区人民政府办公室", 1)) == "落款");
}

TEST_CASE("place: text that is no report is named as a whole", "[place]") {
  auto r = gk::check_text("今天天气很好，我们去公园散步。\n", "note.txt");
  REQUIRE_FALSE(r->findings.empty());
  CHECK(place(*r, r->findings.front()) == "全文");
  auto empty = gk::check_text("  \n", "empty.txt");
  REQUIRE_FALSE(empty->findings.empty());
  CHECK(place(*empty, empty->findings.front()) == "全文");
}

TEST_CASE("place: every finding of a report has one", "[place]") {
  gk_test::Narrative n;
  gk_test::row(n.applications, "results_total").values[gk_test::kNatural] = "9";
  n.problems = "一是公开内容不够全面；二是解读形式较为单一；四是队伍不稳。";
  auto r = gk_test::check_narrative(n);
  const gk::output::FindingPlaces places(*r);
  REQUIRE_FALSE(r->findings.empty());
  bool sum_seen = false;
  for (const Finding& f : r->findings) {
    INFO(f.rule << ": " << f.message);
    CHECK_FALSE(places.of(f).text.empty());
    if (f.rule == "sum.results-total") {
      CHECK(places.of(f).text == "表三 ·（七）总计 · 自然人");
      sum_seen = true;
    }
  }
  CHECK(sum_seen);
}
