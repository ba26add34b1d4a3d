// A new revision of the format is a data file: tests/formats/2031.json, a made-up revision
// (renamed columns and rows, a new row 4.申请人撤回申请 under （六）其他处理, an identity of
// its own), is turned into C++ by the same generator as the built-in formats (see
// tests/CMakeLists.txt) and added to a catalogue beside them. A report written in it is
// detected as that format, its new row bound, and its sums checked, with no code change.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check.h"

namespace gk::format {
std::vector<Format> test_formats();  // generated from tests/formats/*.json
}

namespace {

const gk::bind::FormatCatalogue& catalogue_with_2031() {
  static const gk::bind::FormatCatalogue catalogue([] {
    std::vector<gk::format::Format> all = gk::format::built_in_formats();
    for (gk::format::Format& f : gk::format::test_formats()) all.push_back(std::move(f));
    return all;
  }());
  return catalogue;
}

// A compact report on the 2031 format, tab-separated (as copied from a web page). Every
// identity holds: 新收 5 + 结转 1 = 办理 6 + 结转下年 0, 办理 = 全部公开 3 + 保护第三方 1 +
// 不掌握 1 + （六）其他处理 1, which states its own figures: its items, 撤回 1 (the new row).
// `withdrawn` is the new row's 总计 (1 when it holds).
std::string report_2031(const std::string& withdrawn = "1") {
  const std::string zero = "\t0\t0\t0\t0\t0\t0\t0";
  const std::vector<std::string> lines = {
      "某某区人民政府办公室2031年政府信息公开工作年度报告",
      "",
      "二、主动公开政府信息情况",
      "第二十条第（一）项\t\t\t",
      "信息内容\t本年制定件数\t本年撤销件数\t现行有效文件数",
      "规章\t0\t0\t0",
      "行政规范性文件\t2\t0\t5",
      "",
      "三、收到和处理政府信息公开申请情况",
      "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t",
      "\t\t自然人\t法人或其他组织\t\t\t\t\t\t",
      "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t",
      "一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t0\t1\t5",
      "二、上年结转政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1",
      "三、本年度办理结果\t（一）全部公开\t\t2\t1\t0\t0\t0\t0\t3",
      "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t" + zero,
      "\t（三）不予公开\t1.属于国家秘密" + zero,
      "\t\t2.其他法律行政法规禁止公开" + zero,
      "\t\t3.危及“三安全一稳定”" + zero,
      "\t\t4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1",
      "\t\t5.属于三类内部事务信息" + zero,
      "\t\t6.属于四类过程性信息" + zero,
      "\t\t7.属于行政执法案卷" + zero,
      "\t\t8.属于依法查询事项" + zero,
      "\t（四）无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t1\t1",
      "\t\t2.没有现成信息需要另行制作" + zero,
      "\t\t3.补正后申请内容仍不明确" + zero,
      "\t（五）不予处理\t1.信访举报投诉类申请" + zero,
      "\t\t2.重复申请" + zero,
      "\t\t3.要求提供公开出版物" + zero,
      "\t\t4.无正当理由大量反复申请" + zero,
      "\t\t5.要求行政机关确认或重新出具已获取信息" + zero,
      "\t（六）其他处理\t\t1\t0\t0\t0\t0\t0\t1",
      "\t\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" + zero,
      "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" + zero,
      "\t\t3.其他" + zero,
      "\t\t4.申请人撤回申请\t1\t0\t0\t0\t0\t0\t" + withdrawn,
      "\t（七）总计\t\t4\t1\t0\t0\t0\t1\t6",
      "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0",
      "",
      "四、政府信息公开行政复议、行政诉讼情况",
      "本年度未发生政府信息公开行政复议、行政诉讼。",
  };
  std::string text;
  for (const std::string& l : lines) text += l + "\n";
  return text;
}

bool is_sum_rule(const std::string& rule) { return rule.rfind("sum.", 0) == 0; }

}  // namespace

TEST_CASE("format revision: a format file from the test folder joins the catalogue", "[formats]") {
  const gk::bind::FormatCatalogue& formats = catalogue_with_2031();
  REQUIRE(formats.formats().size() == gk::bind::built_in_catalogue().formats().size() + 1);
  CHECK(formats.newest().id == "2031");
  CHECK(formats.in_force(2030)->id == "2021");
  const gk::format::TableSpec* applications = formats.newest().table("applications");
  REQUIRE(applications != nullptr);
  const int withdrawn = applications->row_index("other_4");
  REQUIRE(withdrawn >= 0);
  // The generator resolved the new row's group and the new identity's terms.
  const gk::format::RowSpec& other = applications->rows[applications->row_index("other")];
  CHECK(other.children.back() == withdrawn);
  CHECK(formats.newest().identities.back().rhs_terms.back() == withdrawn);
}

TEST_CASE("format revision: a report on the made-up format is detected and its sums hold", "[formats]") {
  auto r = gk::check_text(report_2031(), "2031.txt", catalogue_with_2031());
  REQUIRE(r->report.format != nullptr);
  CHECK(r->report.format->id == "2031");
  const gk::bind::BoundTable* t = r->report.table("applications");
  REQUIRE(t != nullptr);
  // The renamed row binds by its new label, the new row with its values.
  const gk::bind::BoundRow& disclosed = t->rows[t->spec->row_index("disclosed")];
  CHECK(disclosed.source != nullptr);
  CHECK(disclosed.exact_label);
  const gk::bind::BoundRow& withdrawn = t->rows[t->spec->row_index("other_4")];
  REQUIRE(withdrawn.values.size() == 7);
  CHECK(withdrawn.values[6].value.quantity == gk::text::Quantity::of(1));
  for (const gk::rules::Finding& f : r->findings) CHECK_FALSE(is_sum_rule(f.rule));
}

TEST_CASE("format revision: a broken sum in the new row is found at its cell", "[formats]") {
  auto r = gk::check_text(report_2031("2"), "2031.txt", catalogue_with_2031());
  REQUIRE(r->report.format != nullptr);
  CHECK(r->report.format->id == "2031");
  const gk::rules::Finding* row_total = nullptr;
  for (const gk::rules::Finding& f : r->findings)
    if (f.rule == "sum.row-total") row_total = &f;
  REQUIRE(row_total != nullptr);
  REQUIRE(row_total->cell);
  CHECK(row_total->cell->table == "applications");
  CHECK(row_total->cell->row == "other_4");
  CHECK(row_total->cell->column == "total");
  CHECK(row_total->expected == gk::text::Quantity::of(1));
  CHECK(row_total->actual == gk::text::Quantity::of(2));
  // At the cell itself: the last value of the line 4.申请人撤回申请.
  const std::string text = r->text.str();
  const std::size_t line = text.find("4.申请人撤回申请");
  REQUIRE(line != std::string::npos);
  CHECK(row_total->span.begin == text.find('\n', line) - 1);
  CHECK(row_total->span.end == text.find('\n', line));
  // The made-up format's own identity (（六）其他处理 = its items, the new row among them)
  // fails at the group's 总计.
  const gk::rules::Finding* own_identity = nullptr;
  for (const gk::rules::Finding& f : r->findings)
    if (f.rule == "sum.results-total" && f.cell && f.cell->row == "other") own_identity = &f;
  REQUIRE(own_identity != nullptr);
  CHECK(own_identity->cell->column == "total");
  CHECK(own_identity->expected == gk::text::Quantity::of(2));
  CHECK(own_identity->actual == gk::text::Quantity::of(1));
}

TEST_CASE("format revision: without the file, the same report is not that format", "[formats]") {
  auto r = gk::check_text(report_2031(), "2031.txt");
  REQUIRE(r->report.format != nullptr);
  CHECK(r->report.format->id == "2021");
}
