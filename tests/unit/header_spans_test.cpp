// Values stand under the header's columns: in a web page (or .docx) whose header cells span
// several columns, the empty slots a span leaves are no values, whether the span is the
// value's own colspan or the header's over separate cells of which one is written and the
// others are &nbsp;.
#include <catch2/catch.hpp>

#include "bind/report.h"
#include "unit/support.h"

namespace {

std::string td(const std::string& text, int colspan = 1, int rowspan = 1) {
  std::string attrs;
  if (colspan > 1) attrs += " colspan=\"" + std::to_string(colspan) + "\"";
  if (rowspan > 1) attrs += " rowspan=\"" + std::to_string(rowspan) + "\"";
  return "<td" + attrs + ">" + text + "</td>";
}
std::string tr(const std::string& cells) { return "<tr>" + cells + "</tr>\n"; }

// A 2019-format page: 表二 as one table of eight slots, every cell spanning two of them (a
// title row over all), 表三 with a rowspan/colspan header and labels spanning columns, 表四
// with its three groups spanning five columns. Blanks are &nbsp;.
std::string page_2019() {
  const std::string nb = "&nbsp;";
  std::string t2;
  auto block = [&](const std::string& title, std::vector<std::string> heads, std::vector<std::vector<std::string>> rows) {
    t2 += tr(td(title, 8));
    std::string h = td("信息内容", 2);
    for (const std::string& s : heads) h += td(s, 2);
    t2 += tr(h);
    for (const auto& r : rows) {
      std::string cells = td(r[0], 2);
      for (std::size_t i = 1; i < r.size(); ++i) cells += td(r[i], 2);
      t2 += tr(cells);
    }
  };
  block("第二十条第（一）项", {"本年新制作数量", "本年新公开数量", "对外公开总数量"},
        {{"规章", "0", "0", "2"}, {"规范性文件", "3", "3", "40"}});
  block("第二十条第（五）项", {"上一年项目数量", "本年增/减", "处理决定数量"},
        {{"行政许可", "12", "+2", "310"}, {"其他对外管理服务事项", "0", "0", "0"}});
  block("第二十条第（六）项", {"上一年项目数量", "本年增/减", "处理决定数量"},
        {{"行政处罚", "5", "-1", "42"}, {"行政强制", "0", "0", "0"}});
  // (八): 本年增/减 spans the last four slots; the row writes it in one cell of the four,
  // the others &nbsp;.
  t2 += tr(td("第二十条第（八）项", 8));
  t2 += tr(td("信息内容", 2) + td("上一年项目数量", 2) + td("本年增/减", 4));
  t2 += tr(td("行政事业性收费", 2) + td("3", 2) + td(nb) + td("0") + td(nb) + td(nb));
  t2 += tr(td("第二十条第（九）项", 8));
  t2 += tr(td("信息内容", 2) + td("采购项目数量", 4) + td("采购总金额", 2));
  t2 += tr(td("政府集中采购", 2) + td("4", 4) + td("56.5", 2));

  std::string t3;
  t3 += tr(td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3) + td("申请人情况", 7));
  t3 += tr(td("自然人", 1, 2) + td("法人或其他组织", 5) + td("总计", 1, 2));
  t3 += tr(td("商业企业") + td("科研机构") + td("社会公益组织") + td("法律服务机构") + td("其他"));
  auto row3 = [&](const std::string& label_cells, const std::string& values) {
    std::string cells = label_cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= values.size(); ++i)
      if (i == values.size() || values[i] == ' ') {
        cells += td(values.substr(start, i - start));
        start = i + 1;
      }
    t3 += tr(cells);
  };
  const std::string z = "0 0 0 0 0 0 0";
  row3(td("一、本年新收政府信息公开申请数量", 3), "4 1 0 0 0 0 5");
  row3(td("二、上年结转政府信息公开申请数量", 3), z);
  row3(td("三、本年度办理结果", 1, 22) + td("（一）予以公开", 2), "3 1 0 0 0 0 4");
  row3(td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2), z);
  const char* withheld[] = {"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                            "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
                            "7.属于行政执法案卷", "8.属于行政查询事项"};
  for (int i = 0; i < 8; ++i) row3((i == 0 ? td("（三）不予公开", 1, 8) : "") + td(withheld[i]), z);
  const char* unable[] = {"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"};
  for (int i = 0; i < 3; ++i) row3((i == 0 ? td("（四）无法提供", 1, 3) : "") + td(unable[i]), i == 0 ? "1 0 0 0 0 0 1" : z);
  const char* not_processed[] = {"1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                                 "5.要求行政机关确认或重新出具已获取信息"};
  for (int i = 0; i < 5; ++i) row3((i == 0 ? td("（五）不予处理", 1, 5) : "") + td(not_processed[i]), z);
  row3(td("（六）其他处理", 2), z);
  row3(td("（七）总计", 2), "4 1 0 0 0 0 5");
  row3(td("四、结转下年度继续办理", 3), z);

  std::string t4;
  t4 += tr(td("行政复议", 5) + td("行政诉讼", 10));
  std::string heads;
  for (const char* h : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) heads += td(h, 1, 2);
  t4 += tr(heads + td("未经复议直接起诉", 5) + td("复议后起诉", 5));
  std::string heads2;
  for (int g = 0; g < 2; ++g)
    for (const char* h : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) heads2 += td(h);
  t4 += tr(heads2);
  std::string values;
  for (const char* v : {"1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}) values += td(v);
  t4 += tr(values);

  return "<html><head><meta charset=\"utf-8\"></head><body>\n"
         "<p>某某市人民政府办公室2019年政府信息公开工作年度报告</p>\n"
         "<p>一、总体情况</p><p>本年度全面推进政务公开。</p>\n"
         "<p>二、主动公开政府信息情况</p>\n<table>\n" + t2 + "</table>\n"
         "<p>三、收到和处理政府信息公开申请情况</p>\n<table>\n" + t3 + "</table>\n"
         "<p>四、政府信息公开行政复议、行政诉讼情况</p>\n<table>\n" + t4 + "</table>\n"
         "<p>五、存在的主要问题及改进情况</p><p>公开的及时性有待提高，下一步将加强培训。</p>\n"
         "<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>\n"
         "<p>某某市人民政府办公室</p><p>2020年1月20日</p>\n</body></html>\n";
}

std::vector<std::string> values_of(const gk::CheckResult& r, const std::string& table, const std::string& row) {
  const gk::bind::BoundTable* t = r.report.table(table);
  REQUIRE(t != nullptr);
  const gk::bind::BoundRow& b = t->rows[static_cast<std::size_t>(t->spec->row_index(row))];
  std::vector<std::string> v;
  for (const gk::bind::BoundValue& bv : b.values) v.emplace_back(bv.cell->text);
  return v;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("header spans: a 2019 page with colspans and nbsp blanks binds each value under its column", "[html][spans]") {
  auto r = gk::check_html(page_2019(), "spans.html");
  REQUIRE(r->report.format != nullptr);
  CHECK(r->report.format->id == "2019");
  CHECK(values_of(*r, "active_regulations", "normative_documents") == Texts{"3", "3", "40"});
  CHECK(values_of(*r, "active_licensing", "licensing") == Texts{"12", "+2", "310"});
  CHECK(values_of(*r, "active_enforcement", "penalties") == Texts{"5", "-1", "42"});
  CHECK(values_of(*r, "active_fees", "fees") == Texts{"3", "0"});
  CHECK(values_of(*r, "active_procurement", "procurement") == Texts{"4", "56.5"});
  CHECK(values_of(*r, "applications", "unable_1") == Texts{"1", "0", "0", "0", "0", "0", "1"});
  CHECK(values_of(*r, "reviews", "counts").size() == 15);
  // Nothing to report on the tables: every row fits its grid, every sum holds.
  for (const gk::rules::Finding& f : r->findings) {
    INFO(f.rule << ": " << f.message);
    CHECK(f.rule.rfind("table.", 0) != 0);
    CHECK(f.rule.rfind("sum.", 0) != 0);
  }
}

TEST_CASE("header spans: a blank under a span beside a written value is no value, a lone blank is one", "[html][spans]") {
  // (八) with the value in the first of 本年增/减's slots, then with every slot blank: a
  // blank cell, reported as such, not a row of the wrong width.
  auto page = [](const std::string& cells) {
    return "<p>二、主动公开政府信息情况</p><table>" + tr(td("第二十条第（八）项", 4)) +
           tr(td("信息内容") + td("上一年项目数量") + td("本年增/减", 2)) + tr(td("行政事业性收费") + cells) +
           "</table>";
  };
  auto written = gk::check_html(page(td("2") + td("1") + td("&nbsp;")), "first.html");
  CHECK(values_of(*written, "active_fees", "fees") == Texts{"2", "1"});
  auto blank = gk::check_html(page(td("2") + td("&nbsp;") + td("&nbsp;")), "blank.html");
  CHECK(values_of(*blank, "active_fees", "fees") == Texts{"2", ""});
  // A row of more values than columns, none a span's blank, stays as it is.
  auto wide = gk::check_html(page(td("2") + td("1") + td("5")), "wide.html");
  CHECK(values_of(*wide, "active_fees", "fees").empty());
}
