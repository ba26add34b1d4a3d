// sum.suggested-fix on the synthetic applications table (tests/unit/synthetic_report.h): one
// finding per cell to change, each with its own value, the broken sums linked to it (JSON
// "fix"/"explains", indented under it in the text output); no fix when two are equally small.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "check.h"
#include "output/json_output.h"
#include "output/text_output.h"
#include "unit/support.h"
#include "unit/synthetic_report.h"

using gk_test::kNatural;
using gk_test::kOtherOrg;
using gk_test::kTotal;
using gk_test::row;

namespace {

std::unique_ptr<gk::CheckResult> check(const gk_test::SyntheticReport& rep) {
  auto r = gk::check_text(rep.text, "synthetic.txt");
  REQUIRE(r->report.format != nullptr);
  return r;
}

std::vector<const gk::rules::Finding*> of_rule(const gk::CheckResult& r, const std::string& rule) {
  std::vector<const gk::rules::Finding*> v;
  for (const gk::rules::Finding& f : r.findings)
    if (f.rule == rule) v.push_back(&f);
  return v;
}

gk_test::CellPos pos(const gk::CheckResult& r, const gk::rules::Finding& f) {
  gk::text::Position p = r.text.position(f.span.begin);
  return {p.line, p.column};
}

}  // namespace

TEST_CASE("sum.suggested-fix: one wrong cell is one item, the sums it breaks are its reasons", "[sum][fix]") {
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "disclosed").values[kNatural] = "5";  // 2 written as 5: its row and its column break
  const gk_test::SyntheticReport rep = gk_test::build_report(rows);
  auto r = check(rep);
  auto fixes = of_rule(*r, "sum.suggested-fix");
  REQUIRE(fixes.size() == 1);
  const gk::rules::Finding& fix = *fixes[0];
  CHECK(pos(*r, fix) == rep.at("disclosed", kNatural));
  CHECK(fix.severity == gk::rules::Severity::Error);
  CHECK(fix.message == "表三·（一）予以公开·自然人：应为 2，现为 5（如此更正后，本表所有加总关系均成立）");
  REQUIRE(fix.expected.has_value());
  CHECK(fix.expected->str() == "2");
  CHECK(fix.actual->str() == "5");
  REQUIRE(fix.fix.has_value());
  CHECK(fix.fix->is_fix);
  // Every broken sum is explained by it: the row's 总计 and the column's （七）总计.
  std::size_t sums = 0;
  for (const gk::rules::Finding& f : r->findings) {
    if (!gk_test::is_identity_rule(f.rule)) continue;
    ++sums;
    INFO(f.message);
    REQUIRE(f.fix.has_value());
    CHECK_FALSE(f.fix->is_fix);
    CHECK(f.fix->id == fix.fix->id);
  }
  CHECK(sums == 2);

  SECTION("the JSON keeps every sum and links them both ways") {
    const std::string json = gk::output::to_json({r.get()});
    CHECK(json.find("\"fix\":" + std::to_string(fix.fix->id)) != std::string::npos);
    std::string explains = "\"explains\":[";
    for (std::size_t i = 0; i < r->findings.size(); ++i)
      if (gk_test::is_identity_rule(r->findings[i].rule))
        explains += (explains.back() == '[' ? "" : ",") + std::to_string(i);
    CHECK(json.find(explains + "]") != std::string::npos);
  }
  SECTION("the text output lists the sums indented under the fix") {
    const std::string text = gk::output::to_text(*r);
    const std::size_t at = text.find("[sum.suggested-fix]\n");
    REQUIRE(at != std::string::npos);
    const std::string after = text.substr(at + 20);
    CHECK(after.rfind("    synthetic.txt:", 0) == 0);
    CHECK(after.find("    synthetic.txt:", 1) != std::string::npos);  // the second sum
    // Each sum is listed once, under the fix only.
    std::size_t lines = 0;
    for (std::size_t p = text.find("[sum."); p != std::string::npos; p = text.find("[sum.", p + 1)) ++lines;
    CHECK(lines == 3);
  }
}

TEST_CASE("sum.suggested-fix: two cells with different amounts each get their own value", "[sum][fix]") {
  // （七）总计 writes 1 for 自然人 (should be 3) and 0 for 其他 (should be 1): the row, both
  // columns and both balances break; only changing these two cells mends them all.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "results_total").values[kNatural] = "1";
  row(rows, "results_total").values[kOtherOrg] = "0";
  const gk_test::SyntheticReport rep = gk_test::build_report(rows);
  auto r = check(rep);
  auto fixes = of_rule(*r, "sum.suggested-fix");
  REQUIRE(fixes.size() == 2);
  std::map<std::string, const gk::rules::Finding*> by_column;
  for (const gk::rules::Finding* f : fixes) by_column[f->cell->column] = f;
  REQUIRE(by_column.count("natural") == 1);
  REQUIRE(by_column.count("other_org") == 1);
  const gk::rules::Finding& natural = *by_column["natural"];
  const gk::rules::Finding& other = *by_column["other_org"];
  CHECK(pos(*r, natural) == rep.at("results_total", kNatural));
  CHECK(natural.expected->str() == "3");
  CHECK(natural.actual->str() == "1");
  CHECK(pos(*r, other) == rep.at("results_total", kOtherOrg));
  CHECK(other.expected->str() == "1");
  CHECK(other.actual->str() == "0");
  CHECK(natural.message.rfind("表三·（七）总计·自然人：应为 3，现为 1（与表三·（七）总计·", 0) == 0);
  CHECK(other.message.find("：应为 1，现为 0（与表三·（七）总计·自然人一并更正后") != std::string::npos);
  CHECK(natural.fix->id != other.fix->id);
  // Every broken sum goes under one of the two, each under a cell it adds up.
  for (const gk::rules::Finding& f : r->findings) {
    if (!gk_test::is_identity_rule(f.rule)) continue;
    INFO(f.message);
    REQUIRE(f.fix.has_value());
    CHECK((f.fix->id == natural.fix->id || f.fix->id == other.fix->id));
  }
}

TEST_CASE("sum.suggested-fix: none when two fixes are equally small", "[sum][fix]") {
  // 一·自然人 one too many and 二·自然人 one too few: the balance still holds, both rows break.
  // Changing the two 自然人 cells back mends them, and so does changing the two rows' 总计
  // (一 6, 二 0: then 6 + 0 = 5 + 1 in the 总计 column too): no honest single suggestion.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "received").values[kNatural] = "4";
  row(rows, "carried_in").values[kNatural] = "0";
  auto r = check(gk_test::build_report(rows));
  CHECK(of_rule(*r, "sum.suggested-fix").empty());
  std::size_t sums = 0;
  for (const gk::rules::Finding& f : r->findings)
    if (gk_test::is_identity_rule(f.rule)) {
      ++sums;
      CHECK_FALSE(f.fix.has_value());  // listed on its own
    }
  CHECK(sums == 2);
  const std::string text = gk::output::to_text(*r);
  CHECK(text.find("    ") == std::string::npos);
}

TEST_CASE("sum.suggested-fix: none when one failing sum could be mended at either of two cells", "[sum][fix]") {
  // "/" in 二·自然人 and 二·总计 leaves those two columns' balances unjudged: 一's row total,
  // broken by 自然人 written 4, is then the only failing sum, and 一·自然人 (back to 3) or
  // 一·总计 (up to 6) each mend it without breaking another.
  auto rows = gk_test::consistent_rows_2021();
  row(rows, "carried_in").values[kNatural] = "/";
  row(rows, "carried_in").values[kTotal] = "/";
  row(rows, "received").values[kNatural] = "4";
  auto r = check(gk_test::build_report(rows));
  CHECK(of_rule(*r, "sum.row-total").size() == 1);
  CHECK(of_rule(*r, "sum.suggested-fix").empty());
}
