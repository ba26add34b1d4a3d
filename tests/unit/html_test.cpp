// HTML input: pages and clipboard fragments are extracted to one line per paragraph and
// table row, with rowspan/colspan resolved, and then checked as text.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "extract/extract.h"
#include "input/input.h"
#include "output/json_output.h"
#include "unit/inputs_support.h"

using gk_test::finding_facts;

namespace {

std::string extracted(const std::string& html) { return gk::extract::extract_html(html).text; }

}  // namespace

TEST_CASE("html: each seed as a page gives the seed's findings", "[html]") {
  for (const char* stem : gk_test::kSeeds) {
    INFO(stem);
    auto r = gk_test::check_corpus(std::string("generated/") + stem + ".html");
    CHECK(r->decoded.input == gk::input::InputKind::Html);
    CHECK(gk::read::layout_name(r->doc) == std::string("tab-separated"));
    CHECK(finding_facts(*r) == gk_test::seed_facts(stem));
  }
}

TEST_CASE("html: rowspan and colspan are resolved into the grid", "[html]") {
  CHECK(extracted("<table><tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>1</td></tr>"
                  "<tr><td>（二）部分公开</td><td></td><td>2</td></tr></table>") ==
        "三、本年度办理结果\t（一）予以公开\t\t1\n"
        "\t（二）部分公开\t\t2\n");
  // A row of rowspans only still shows as its empty cells; a rowspan past the end is cut.
  CHECK(extracted("<table><tr><td rowspan=9>A</td><td>1</td></tr><tr><td>2</td></tr></table>") == "A\t1\n\t2\n");
  // Spans beyond reason are clipped, not allocated.
  CHECK(extracted("<table><tr><td colspan=99999999 rowspan=99999999>x</td></tr></table>").size() < 5000);
}

TEST_CASE("html: scripts, styles, comments and the head are not text, and blocks are lines", "[html]") {
  std::string text = extracted(
      "<!DOCTYPE html><html><head><title>标题不读</title><style>p{color:red}</style>"
      "<script>document.write('<p>脚本</p>')</script></head><body>"
      "<!-- 注释 --><noscript>请启用脚本</noscript><template><p>模板</p></template>"
      "<h1>一、总体情况</h1><div>第一段<br>第二行</div><p>  多个   空格&nbsp;和\n换行 </p>"
      "<ul><li>甲</li><li>乙</li></ul></body></html>");
  CHECK(text == "一、总体情况\n第一段\n第二行\n多个 空格 和 换行\n甲\n乙\n");
}

TEST_CASE("html: end tags left out, rows implied, misplaced content moved out of the table", "[html]") {
  // Cells, rows and paragraphs close when the next one starts.
  CHECK(extracted("<table><tr><td><p>a<p>b<td>c<tr><td>d</table>") == "a b\tc\nd\n");
  // A cell straight in a table gets its row; a form around rows is not in the way.
  CHECK(extracted("<table><td>a</td><td>b</td></table>") == "a\tb\n");
  CHECK(extracted("<table><form><tr><td>x</td><td>1</td></tr></form></table>") == "x\t1\n");
  // Text between rows is shown before the table, as browsers do; a caption ends at the row.
  CHECK(extracted("<table><tr><td>a</td></tr>stray<tr><td>b</td></tr></table>") == "stray\na\nb\n");
  CHECK(extracted("<table><caption>表一<tr><td>a</td></tr></table>") == "表一\na\n");
  // List items close each other; an unclosed head ends at the first element of the body.
  CHECK(extracted("<ul><li>a<li>b<ul><li>c</ul><li>d</ul>") == "a\nb\nc\nd\n");
  CHECK(extracted("<html><head><meta charset=utf-8><div>正文</div>") == "正文\n");
  // Table parts outside a table and stray end tags mean nothing.
  CHECK(extracted("<div><td>x</td><tr>y</tr></div></span></table>") == "xy\n");
}

TEST_CASE("html: character references and raw text", "[html]") {
  CHECK(extracted("<p>&amp;&lt;&gt;&quot;&apos;&copy;&#20013;&#x6587;&#128;&#0;&bogus;&amp</p>") ==
        "&<>\"'\xC2\xA9中文\xE2\x82\xAC\xEF\xBF\xBD&bogus;&\n");
  CHECK(extracted("<p>a &nbsp; b&nbsp</p>") == "a b\n");
  CHECK(extracted("<p>1 < 2 <3</p><script>if (a<b) x = '</p>';</script><p>c</p>") == "1 < 2 <3\nc\n");
  CHECK(extracted("<p>a<textarea><p>表单</p></textarea>b<!-- <p>x</p> -->c<![CDATA[d]]></p>") == "abcd\n");
}

TEST_CASE("html: a table holding a table is page layout, its inner tables are tables", "[html]") {
  CHECK(extracted("<table><tr><td>导航</td><td><p>一、总体情况</p>"
                  "<table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>") ==
        "导航\n一、总体情况\n规章\t0\n");
  auto r = gk_test::check_corpus("generated/variants/001-layout-table.html");
  CHECK(finding_facts(*r) == gk_test::seed_facts("001_d37008fbb3c2afee"));
}

TEST_CASE("html: blank rows and a very wide table do not disturb the report", "[html]") {
  const auto want = gk_test::seed_facts("001_d37008fbb3c2afee");
  CHECK(finding_facts(*gk_test::check_corpus("generated/variants/001-empty-rows.html")) == want);
  auto wide = gk_test::check_corpus("generated/variants/001-wide-table.html");
  CHECK(finding_facts(*wide) == want);
  const gk::read::Table& last = wide->doc.tables.back();
  REQUIRE(last.rows.size() == 2);
  CHECK(last.rows[0].cells.size() == 301);
}

TEST_CASE("html: a GBK page is decoded by its meta charset", "[html]") {
  const std::string bytes = gk_test::read_corpus("generated/variants/001-gbk.html");
  REQUIRE(bytes.find("charset=\"gbk\"") != std::string::npos);
  gk::input::Input d = gk::input::read_bytes(bytes);
  CHECK(d.facts.encoding == "GB18030");
  CHECK(d.facts.input == gk::input::InputKind::Html);
  CHECK(d.facts.replacements.empty());
  auto r = gk::check_bytes(bytes, "001-gbk.html");
  CHECK(finding_facts(*r) == gk_test::seed_facts("001_d37008fbb3c2afee"));

  // http-equiv names the charset too; a page re-saved as UTF-8 that kept its old meta is UTF-8.
  const std::string page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                           "</head><body><p>政府信息公开</p></body></html>";
  gk::input::Input gb = gk::input::read_bytes(gk_test::encode(page, "GBK"));
  CHECK(gb.facts.encoding == "GB18030");
  CHECK(gb.text == "政府信息公开\n");
  gk::input::Input utf8 = gk::input::read_bytes(page);
  CHECK(utf8.facts.encoding == "UTF-8");
  CHECK(utf8.text == "政府信息公开\n");
}

TEST_CASE("html: clipboard text/html goes through check_html", "[html]") {
  // What Chrome puts on the clipboard: a meta tag and the fragment, no <html> or <body>.
  const std::string fragment =
      "<meta charset='utf-8'><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table>";
  auto r = gk::check_html(fragment, "<clipboard>");
  CHECK(r->decoded.input == gk::input::InputKind::Html);
  CHECK(r->text.str() == "二、主动公开政府信息情况\n规章\t0\t0\t0\n");
  // The JSON carries the extracted text the findings point into.
  nlohmann::json j = nlohmann::json::parse(gk::output::to_json({r.get()}));
  const auto& rep = j.at("reports")[0];
  CHECK(rep.at("input") == "html");
  CHECK(rep.at("text") == r->text.str());

  auto plain = gk::check_text("规章\t0", "<text>");
  nlohmann::json jt = nlohmann::json::parse(gk::output::to_json({plain.get()}));
  CHECK(jt.at("reports")[0].at("input") == "text");
  CHECK_FALSE(jt.at("reports")[0].contains("text"));
}

TEST_CASE("html: findings point into the extracted text", "[html]") {
  auto r = gk_test::check_corpus("generated/001_d37008fbb3c2afee.html");
  nlohmann::json j = nlohmann::json::parse(gk::output::to_json({r.get()}));
  const auto& rep = j.at("reports")[0];
  const std::u16string text = gk_test::to_utf16(rep.at("text").get<std::string>());
  std::size_t sums = 0;
  for (const auto& f : rep.at("findings")) {
    if (f.at("rule") != "sum.results-total") continue;
    ++sums;
    CHECK(text.substr(f.at("offset").get<std::size_t>(), f.at("length").get<std::size_t>()) == u"0");
  }
  CHECK(sums == 2);
}

TEST_CASE("html: text that merely mentions a tag is not a page", "[html]") {
  CHECK(gk::input::read_bytes("一、总体情况\n<table> 标签见附件").facts.input == gk::input::InputKind::Text);
  CHECK(gk::input::read_bytes("  <TABLE><tr><td>a</td><td>b</td></tr></TABLE>").facts.input == gk::input::InputKind::Html);
  CHECK(gk::input::read_bytes(gk_test::kUtf8Bom + "<!doctype html><p>x</p>").facts.input == gk::input::InputKind::Html);
}
