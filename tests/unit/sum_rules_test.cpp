// The three sum rules over the applications table, on a synthetic tab-separated report
// (tests/unit/synthetic_report.h) changed a cell or two at a time.
//
// The identities are linked: with every cell readable, one wrong cell always breaks two
// checks (a row total and a column identity, or the same column identity in the 总计
// column too). So each case changes the fewest cells that break only the rule under test,
// and asserts the complete list of findings; the single-cell case uses a "/" to silence
// the linked identity.
#include <catch2/catch.hpp>

#include "check.h"
#include "unit/support.h"
#include "unit/synthetic_report.h"

using gk_test::AppRow;
using gk_test::kNatural;
using gk_test::kTotal;
using gk_test::row;

namespace {

// One finding as "rule@line:column expected/actual", so a whole list compares in one CHECK.
// Only the identity rules are under test here: the synthetic report leaves out sections
// and tables that other rules rightly report.
std::string brief(const gk::CheckResult& r, const gk::rules::Finding& f) {
  gk::text::Position p = r.text.position(f.span.begin);
  std::string s = f.rule + "@" + std::to_string(p.line) + ":" + std::to_string(p.column);
  if (f.expected) s += " " + f.expected->str();
  if (f.actual) s += "/" + f.actual->str();
  return s;
}

bool is_sum(const gk::rules::Finding& f) { return gk_test::is_identity_rule(f.rule); }

std::vector<std::string> briefs(const gk::CheckResult& r) {
  std::vector<std::string> v;
  for (const gk::rules::Finding& f : r.findings)
    if (is_sum(f)) v.push_back(brief(r, f));
  return v;
}

// The identity findings, in text order.
std::vector<const gk::rules::Finding*> sums(const gk::CheckResult& r) {
  std::vector<const gk::rules::Finding*> v;
  for (const gk::rules::Finding& f : r.findings)
    if (is_sum(f)) v.push_back(&f);
  return v;
}

std::string at(const gk_test::SyntheticReport& rep, const std::string& id, int col, const char* rule,
               const char* expected, const char* actual) {
  gk_test::CellPos p = rep.at(id, col);
  return std::string(rule) + "@" + std::to_string(p.line) + ":" + std::to_string(p.column) + " " + expected +
         "/" + actual;
}

using Briefs = std::vector<std::string>;

struct Checked {
  gk_test::SyntheticReport rep;
  std::unique_ptr<gk::CheckResult> result;
};

Checked check(const std::vector<AppRow>& rows) {
  Checked c{gk_test::build_report(rows), nullptr};
  c.result = gk::check_text(c.rep.text, "synthetic.txt");
  REQUIRE(c.result->report.format != nullptr);
  REQUIRE(c.result->report.format->id == "2021");
  return c;
}

}  // namespace

TEST_CASE("the identity rules the sum tests compare", "[sum]") {
  // The filter the sum tests use must keep the three rules of the applications table.
  CHECK(gk_test::is_identity_rule("sum.row-total"));
  CHECK(gk_test::is_identity_rule("sum.results-total"));
  CHECK(gk_test::is_identity_rule("sum.balance"));
  CHECK_FALSE(gk_test::is_identity_rule("section.missing"));
}

TEST_CASE("a consistent applications table gives no findings", "[sum]") {
  Checked c = check(gk_test::consistent_rows_2021());
  CHECK(briefs(*c.result) == Briefs{});
}

TEST_CASE("sum.row-total: 总计 is not the sum of the six applicant columns", "[sum]") {
  // 予以公开 gains an applicant that 保护第三方 loses; both rows keep their old 总计.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "disclosed").values[kNatural] = "3";
  row(rows, "withheld_4").values[kNatural] = "0";
  Checked c = check(rows);
  CHECK(briefs(*c.result) == Briefs{at(c.rep, "disclosed", kTotal, "sum.row-total", "4", "3"),
                                    at(c.rep, "withheld_4", kTotal, "sum.row-total", "0", "1")});
  auto found = sums(*c.result);
  REQUIRE(found.size() == 2);
  const gk::rules::Finding& f = *found[0];
  CHECK(f.severity == gk::rules::Severity::Error);
  CHECK(c.result->text.view(f.span) == "3");
  CHECK(f.message == "「（一）予以公开」行：总计应为 4（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之和），实为 3");
  REQUIRE(f.cell.has_value());
  CHECK(f.cell->table == "applications");
  CHECK(f.cell->row == "disclosed");
  CHECK(f.cell->column == "total");
  REQUIRE(f.related.size() == 6);  // the six applicant cells of the row
  CHECK(c.result->text.position(f.related[0].begin).column == c.rep.at("disclosed", kNatural).column);
}

TEST_CASE("sum.results-total: （七）总计 is not the sum of （一） to （六）", "[sum]") {
  // （七）总计 counts one natural-person application too many, and 结转下年 one too few, so
  // 一+二 = 三+四 still holds.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "results_total").values[kNatural] = "4";
  row(rows, "results_total").values[kTotal] = "6";
  row(rows, "carried_out").values[kNatural] = "0";
  row(rows, "carried_out").values[kTotal] = "0";
  Checked c = check(rows);
  CHECK(briefs(*c.result) == Briefs{at(c.rep, "results_total", kNatural, "sum.results-total", "3", "4"),
                                    at(c.rep, "results_total", kTotal, "sum.results-total", "5", "6")});
  auto found = sums(*c.result);
  REQUIRE(found.size() == 2);
  const gk::rules::Finding& f = *found[0];
  CHECK(f.severity == gk::rules::Severity::Error);
  CHECK(c.result->text.view(f.span) == "4");
  CHECK(f.message == "「自然人」列：（七）总计应为 3（（一）至（六）各项之和），实为 4");
  REQUIRE(f.cell.has_value());
  CHECK(f.cell->row == "results_total");
  CHECK(f.cell->column == "natural");
  // （一）（二）, 8 items of （三）, 3 of （四）, 5 of （五）, 3 of （六）.
  CHECK(f.related.size() == 21);
  CHECK(found[1]->message == "「总计」列：（七）总计应为 5（（一）至（六）各项之和），实为 6");
}

TEST_CASE("sum.balance: 一 + 二 is not 三（七）总计 + 四", "[sum]") {
  // 结转下年度 has one natural-person application too many (and its 总计 follows).
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "carried_out").values[kNatural] = "2";
  row(rows, "carried_out").values[kTotal] = "2";
  Checked c = check(rows);
  // Reported at （七）总计 with both sides: the wrong cell here is 四, not （七）, so the
  // rule names no single cell's value (sum.suggested-fix does that when it can).
  CHECK(briefs(*c.result) == Briefs{at(c.rep, "results_total", kNatural, "sum.balance", "4", "5"),
                                    at(c.rep, "results_total", kTotal, "sum.balance", "6", "7")});
  auto found = sums(*c.result);
  REQUIRE(found.size() == 2);
  const gk::rules::Finding& f = *found[0];
  CHECK(f.severity == gk::rules::Severity::Error);
  CHECK(f.message == "「自然人」列：勾稽关系不成立，一+二 = 4，而三（七）总计+四 = 5，两者应相等");
  REQUIRE(f.cell.has_value());
  CHECK(f.cell->row == "results_total");
  CHECK(f.cell->column == "natural");
  REQUIRE(f.related.size() == 3);  // 一, 二 and 四 of the column
  CHECK(c.result->text.position(f.related[0].begin).line == c.rep.line.at("received"));
  CHECK(c.result->text.position(f.related[2].begin).line == c.rep.line.at("carried_out"));
}

TEST_CASE("a blank or placeholder cell is no number: its identities are judged by what counts can be", "[sum]") {
  auto rows = gk_test::consistent_rows_2021();
  SECTION("blank 自然人 in 新收: no identity is broken, the blank's value is sum.blank-cell's") {
    // Read as 0, the row would be 1+0+0+0+1 = 2 against 总计 5: a false alarm.
    row(rows, "received").values[kNatural] = "";
    Checked c = check(rows);
    CHECK(briefs(*c.result) == Briefs{});
  }
  for (const char* placeholder : {"/", "—", "无", "-"}) {
    SECTION(std::string("\"") + placeholder + "\" for 自然人 in 新收") {
      row(rows, "received").values[kNatural] = placeholder;
      Checked c = check(rows);
      CHECK(briefs(*c.result) == Briefs{});
    }
  }
  SECTION("\"/\" in （七）总计's 自然人 cell: its identities can all hold") {
    row(rows, "results_total").values[kNatural] = "/";
    Checked c = check(rows);
    CHECK(briefs(*c.result) == Briefs{});
  }
  SECTION("a text cell where a number belongs is not read as 0") {
    row(rows, "received").values[kNatural] = "三件";
    Checked c = check(rows);
    CHECK(briefs(*c.result) == Briefs{});
  }
  SECTION("items already above their total: broken for certain, whatever the blank holds") {
    // With 8.属于行政查询事项's 自然人 cell "/", the 自然人 column still adds 3 (予以公开)
    // + 1 (保护第三方) = 4 against （七）总计 3: no count in the blank makes it hold. The
    // row sum of 予以公开 is wrong in one cell.
    row(rows, "withheld_8").values[kNatural] = "/";
    row(rows, "disclosed").values[kNatural] = "3";
    Checked c = check(rows);
    CHECK(briefs(*c.result) == Briefs{at(c.rep, "disclosed", kTotal, "sum.row-total", "4", "3"),
                                      at(c.rep, "results_total", kNatural, "sum.results-total", "4", "3")});
    const gk::rules::Finding& f = *sums(*c.result)[1];
    CHECK(f.certainty == gk::rules::Certainty::Certain);
    CHECK(f.message ==
          "「自然人」列：（七）总计应为 4（（一）至（六）各项之和），实为 3（（三）不予公开·8.属于行政查询事项为“/”，"
          "而数量不能为负：空白处填任何数都不能使其成立）");
  }
}

TEST_CASE("a blank cell in the cell-per-line layout also silences its identities", "[sum]") {
  // Seed 001's layout: one cell per tabbed line, rows split by blank lines.
  std::string text = "某某乡2021年政府信息公开工作年度报告\n\n";
  for (const AppRow& a : gk_test::consistent_rows_2021()) {
    std::string labels = a.labels;
    std::size_t start = 0;
    // Each label cell on its own line; the group columns are the empty cells between tabs.
    for (std::size_t p = labels.find('\t'); p != std::string::npos; p = labels.find('\t', start)) {
      text += "\t" + labels.substr(start, p - start) + "\n";
      start = p + 1;
    }
    for (std::size_t k = 0; k < a.values.size(); ++k)
      text += "\t" + (a.id == "received" && k == kNatural ? std::string() : a.values[k]) + "\n";
    text += "\n";
  }
  auto r = gk::check_text(text, "cells.txt");
  CHECK(r->doc.layout == gk::read::Layout::CellPerLine);
  REQUIRE(r->report.format != nullptr);
  CHECK(r->report.format->id == "2021");
  CHECK(briefs(*r) == Briefs{});

  // The same table with a wrong 总计 in 新收 is caught, so the silence above is not blindness.
  std::string wrong = text;
  std::size_t p = wrong.find("\t5\n");  // 新收's 总计, the first 5 in the text
  REQUIRE(p != std::string::npos);
  wrong.replace(p, 3, "\t9\n");
  auto w = gk::check_text(wrong, "cells-wrong.txt");
  auto found = sums(*w);
  REQUIRE(found.size() == 1);  // 自然人 is blank, so only the 总计 column
  CHECK(found[0]->rule == "sum.balance");
  // The balance reports its two sides: 一+二 (9 + 1) against 三（七）+四 (5 + 0).
  CHECK(found[0]->expected->str() == "10");
  CHECK(found[0]->actual->str() == "6");
}

TEST_CASE("sums read through a shifted row are to review, the others stay certain", "[sum]") {
  // 3.危及“三安全一稳定” written from the line's first cell, its values after a blank slot
  // (table.shifted), with one natural-person application its 总计 does not count.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "withheld_3").labels = "3.危及“三安全一稳定”\t\t";
  row(rows, "withheld_3").values[kNatural] = "1";
  Checked c = check(rows);
  bool shifted = false;
  for (const gk::rules::Finding& f : c.result->findings) shifted = shifted || f.rule == "table.shifted";
  REQUIRE(shifted);
  auto found = sums(*c.result);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->rule == "sum.row-total");  // its own row
  CHECK(found[0]->certainty == gk::rules::Certainty::Review);
  CHECK(found[1]->rule == "sum.results-total");  // the 自然人 column adds the row in
  CHECK(found[1]->certainty == gk::rules::Certainty::Review);

  // The same wrong cell in a row written in its place is certain.
  row(rows, "withheld_3").labels = "\t\t3.危及“三安全一稳定”\t";
  Checked clean = check(rows);
  for (const gk::rules::Finding* f : sums(*clean.result)) CHECK(f->certainty == gk::rules::Certainty::Certain);
}
