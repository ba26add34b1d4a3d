// A row is bound to the table whose grid it fits: a row of values that lost its label is
// not 表四's row because 行政复议 was mentioned above it, and 表四 written as one small table
// per group (行政复议 / 未经复议直接起诉 / 复议后起诉) binds group by group.
#include <catch2/catch.hpp>

#include "bind/report.h"
#include "unit/support.h"
#include "unit/synthetic_report.h"

namespace {

std::vector<std::string> review_values(const gk::CheckResult& r) {
  const gk::bind::BoundTable* t = r.report.table("reviews");
  REQUIRE(t != nullptr);
  std::vector<std::string> v;
  for (const gk::bind::BoundValue& bv : t->rows[0].values) v.emplace_back(bv.cell->text);
  return v;
}

std::size_t count_rule(const gk::CheckResult& r, const std::string& rule) {
  std::size_t n = 0;
  for (const gk::rules::Finding& f : r.findings) n += f.rule == rule;
  return n;
}

// The synthetic report with its closing lines (四's heading and text) replaced by `tail`.
std::string report_ending(const std::string& tail, const std::string& before_tables = "") {
  std::string text = gk_test::build_report(gk_test::consistent_rows_2021()).text;
  text = text.substr(0, text.find("四、政府信息公开行政复议")) + tail;
  if (!before_tables.empty()) text.insert(text.find("二、主动公开"), before_tables);
  return text;
}

const std::string kReviewHeading = "四、政府信息公开行政复议、行政诉讼情况\n";

}  // namespace

TEST_CASE("table grid: a row of values without its label is not 表四's row", "[binding][grid]") {
  // 一 mentions 行政复议 (表四's header word) before 表三; a row of seven values lost its
  // label inside 表三; 表四 comes under its heading with its fifteen values.
  std::string text = report_ending(kReviewHeading +
                                       "行政复议\t\t\t\t\t行政诉讼\n"
                                       "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t"
                                       "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                                       "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
                                   "一、总体情况\n本年度行政复议、行政诉讼情况见第四部分。\n");
  const std::string stray = "\t\t0\t0\t0\t0\t0\t0\t0\n";
  text.insert(text.find("四、结转下年度继续办理"), stray);
  auto r = gk::check_text(text, "stray.txt");
  CHECK(review_values(*r) == std::vector<std::string>{"1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"});
  CHECK(count_rule(*r, "table.column-count") == 0);
}

TEST_CASE("table grid: 表四 as three small tables of five columns binds group by group", "[binding][grid]") {
  const std::string head = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
  std::string text = report_ending(kReviewHeading + "（一）行政复议\n" + head + "2\t1\t0\t0\t3\n" +
                                   "（二）行政诉讼（未经复议直接起诉）\n" + head + "0\t1\t0\t1\t2\n" +
                                   "（三）行政诉讼（复议后起诉）\n" + head + "1\t0\t0\t0\t1\n");
  auto r = gk::check_text(text, "groups.txt");
  CHECK(review_values(*r) == std::vector<std::string>{"2", "1", "0", "0", "3", "0", "1", "0", "1", "2", "1", "0", "0", "0", "1"});
  CHECK(count_rule(*r, "table.column-count") == 0);
  CHECK(count_rule(*r, "sum.review-total") == 0);

  // A broken group total is found in its group.
  std::string broken = report_ending(kReviewHeading + "行政复议\n" + head + "2\t1\t0\t0\t3\n" +
                                     "行政诉讼（未经复议直接起诉）\n" + head + "0\t1\t0\t1\t5\n" +
                                     "行政诉讼（复议后起诉）\n" + head + "1\t0\t0\t0\t1\n");
  auto b = gk::check_text(broken, "broken.txt");
  REQUIRE(count_rule(*b, "sum.review-total") == 1);
  for (const gk::rules::Finding& f : b->findings)
    if (f.rule == "sum.review-total") {
      REQUIRE(f.cell.has_value());
      CHECK(f.cell->column == "direct_suit_total");
    }
}

TEST_CASE("table grid: 表四 with only some of its group tables is one row with too few values", "[binding][grid]") {
  const std::string head = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
  std::string text = report_ending(kReviewHeading + "行政复议\n" + head + "2\t1\t0\t0\t3\n" +
                                   "行政诉讼（未经复议直接起诉）\n" + head + "0\t1\t0\t1\t2\n");
  auto r = gk::check_text(text, "two.txt");
  CHECK(r->report.table("reviews")->found_rows == 1);
  CHECK(r->report.table("reviews")->rows[0].value_cells == 10);
  CHECK(count_rule(*r, "table.column-count") == 1);
}
