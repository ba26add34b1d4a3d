// cross.carry-over: this year's 上年结转 against last year's 结转下年度, across reports.
#include <catch2/catch.hpp>

#include <string>

#include "check.h"
#include "unit/support.h"

namespace {

std::string replace(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

// Seed 004 (北关区乡村振兴局 2023) made into its own 2022 report with 2 applications carried over.
std::string last_year() {
  std::string s = replace(gk_test::read_corpus(gk_test::kSeed004), "2023", "2022");
  s = replace(s, "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t2\t0\t0\t0\t0\t0\t2");
  return replace(s, "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2");
}

}  // namespace

TEST_CASE("cross.carry-over compares consecutive years of one body", "[cross]") {
  auto before = gk::check_text(last_year(), "2022.txt");
  auto now = gk::check_bytes(gk_test::read_corpus(gk_test::kSeed004), "2023.txt");
  gk::check_across({before.get(), now.get()});
  auto found = gk_test::rule_findings(*now, "cross.carry-over");
  REQUIRE(found.size() == 2);  // 自然人 and 总计
  CHECK(found[0]->cell->row == "carried_in");
  CHECK(found[0]->cell->column == "natural");
  CHECK(found[1]->cell->column == "total");
  CHECK(*found[0]->expected == gk::text::Quantity::of(2));
  CHECK(*found[0]->actual == gk::text::Quantity::of(0));
  CHECK(now->text.position(found[0]->span.begin).line == 43);
  CHECK_THAT(found[0]->message, Catch::Contains("2022.txt"));
  CHECK(gk_test::rule_findings(*before, "cross.carry-over").empty());
}

TEST_CASE("cross.carry-over stays silent across bodies, gaps in years, or agreeing numbers", "[cross]") {
  auto now = gk::check_bytes(gk_test::read_corpus(gk_test::kSeed004), "2023.txt");
  SECTION("another body") {
    auto other = gk::check_text(replace(last_year(), "北关区乡村振兴局", "南关区乡村振兴局"), "other.txt");
    gk::check_across({other.get(), now.get()});
    CHECK(gk_test::rule_findings(*now, "cross.carry-over").empty());
  }
  SECTION("two years apart") {
    auto older = gk::check_text(replace(last_year(), "2022", "2021"), "2021.txt");
    gk::check_across({older.get(), now.get()});
    CHECK(gk_test::rule_findings(*now, "cross.carry-over").empty());
  }
  SECTION("numbers that agree") {
    auto same = gk::check_text(replace(gk_test::read_corpus(gk_test::kSeed004), "2023", "2022"), "2022.txt");
    gk::check_across({same.get(), now.get()});
    CHECK(gk_test::rule_findings(*now, "cross.carry-over").empty());
  }
}
