// cross.in-force: this year's 现行有效件数 against last year's, plus 制发, minus 废止.
#include <catch2/catch.hpp>

#include <string>

#include "check.h"
#include "unit/support.h"

namespace {

std::string replace(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

// Seed 004 (北关区乡村振兴局 2023) with its 表二 rows written as given, for the year given.
std::string report(const std::string& year, const std::string& regulations, const std::string& normative) {
  std::string s = replace(gk_test::read_corpus(gk_test::kSeed004), "2023", year);
  s = replace(s, "\n规章\t0\t0\t0\n", "\n规章\t" + regulations + "\n");
  return replace(s, "\n行政规范性文件\t0\t0\t0\n", "\n行政规范性文件\t" + normative + "\n");
}

}  // namespace

TEST_CASE("cross.in-force: last year's documents in force, plus issued, minus repealed", "[cross]") {
  auto before = gk::check_text(report("2022", "0\t0\t10", "2\t0\t7"), "2022.txt");
  SECTION("a row that does not add up") {
    auto now = gk::check_text(report("2023", "3\t1\t11", "1\t2\t6"), "2023.txt");
    gk::check_across({before.get(), now.get()});
    auto found = gk_test::rule_findings(*now, "cross.in-force");
    REQUIRE(found.size() == 1);  // 规章: 10 + 3 - 1 = 12; 行政规范性文件: 7 + 1 - 2 = 6 holds
    CHECK(found[0]->severity == gk::rules::Severity::Warning);
    CHECK(found[0]->certainty == gk::rules::Certainty::Review);
    CHECK(found[0]->cell->table == "active_regulations");
    CHECK(found[0]->cell->row == "regulations");
    CHECK(found[0]->cell->column == "in_force");
    CHECK(*found[0]->expected == gk::text::Quantity::of(12));
    CHECK(*found[0]->actual == gk::text::Quantity::of(11));
    CHECK(now->text.view(found[0]->span) == "11");
    CHECK(found[0]->message ==
          "表二「规章」：现行有效件数应为 12（2022.txt 中 2022 年度报告的现行有效件数 10，加本年制发件数 3，减本年废止件数 "
          "1），实为 11");
    CHECK(gk_test::rule_findings(*before, "cross.in-force").empty());
  }
  SECTION("rows that add up") {
    auto now = gk::check_text(report("2023", "3\t1\t12", "1\t2\t6"), "2023.txt");
    gk::check_across({before.get(), now.get()});
    CHECK(gk_test::rule_findings(*now, "cross.in-force").empty());
  }
  SECTION("another body, or two years apart") {
    auto other = gk::check_text(replace(report("2023", "3\t1\t11", "1\t2\t6"), "北关区", "南关区"), "other.txt");
    auto later = gk::check_text(report("2024", "3\t1\t11", "1\t2\t6"), "2024.txt");
    gk::check_across({before.get(), other.get(), later.get()});
    CHECK(gk_test::rule_findings(*other, "cross.in-force").empty());
    CHECK(gk_test::rule_findings(*later, "cross.in-force").empty());
  }
  SECTION("a cell that is not a number is not guessed") {
    auto now = gk::check_text(report("2023", "3\t1\t/", "1\t2\t6"), "2023.txt");
    gk::check_across({before.get(), now.get()});
    CHECK(gk_test::rule_findings(*now, "cross.in-force").empty());
  }
}
