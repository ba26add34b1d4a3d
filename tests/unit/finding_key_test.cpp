// The decision keys (output/finding_key.h): a finding keeps its key when the text around it
// changes (a paragraph inserted earlier, another cell corrected in a re-submission), two
// findings never share one, and a report is known by its body and year.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "check.h"
#include "output/finding_key.h"
#include "unit/narrative_report.h"

namespace {

struct Keyed {
  std::string rule, key;
};

std::vector<Keyed> keyed(const gk::CheckResult& r) {
  const gk::output::FindingPlaces places(r);
  const std::vector<std::string> keys = gk::output::finding_keys(r, places);
  std::vector<Keyed> out;
  for (std::size_t i = 0; i < keys.size(); ++i) out.push_back({r.findings[i].rule, keys[i]});
  return out;
}

std::vector<std::string> keys_of(const gk::CheckResult& r, const std::string& rule) {
  std::vector<std::string> out;
  for (const Keyed& k : keyed(r))
    if (k.rule == rule) out.push_back(k.key);
  return out;
}

// 表三's （七）总计 of 自然人 9 where 2 + 0 + … is due, and 二是 followed by 四是 in 五.
gk_test::Narrative with_two_defects() {
  gk_test::Narrative n;
  gk_test::row(n.applications, "results_total").values[gk_test::kNatural] = "9";
  n.problems = "一是公开内容不够全面；二是解读形式较为单一；四是队伍不稳。";
  return n;
}

}  // namespace

TEST_CASE("key: names the rule, the cell and the values, never a line", "[key]") {
  auto r = gk_test::check_narrative(with_two_defects());
  const auto sums = keys_of(*r, "sum.results-total");
  REQUIRE(sums.size() == 1);
  CHECK(sums[0] == "sum.results-total|applications.results_total.natural|3→9");
  const auto lists = keys_of(*r, "text.enumeration");
  REQUIRE(lists.size() == 1);
  CHECK(lists[0].rfind("text.enumeration|section.5|", 0) == 0);
}

TEST_CASE("key: the same after a paragraph is inserted earlier in the text", "[key]") {
  gk_test::Narrative n = with_two_defects();
  auto before = gk_test::check_narrative(n);
  n.overview += "\n本机关还加强了政务公开培训，全年举办培训两次。";
  auto after = gk_test::check_narrative(n);
  CHECK(keys_of(*after, "sum.results-total") == keys_of(*before, "sum.results-total"));
  CHECK(keys_of(*after, "text.enumeration") == keys_of(*before, "text.enumeration"));
}

TEST_CASE("key: the same in a re-submission where another cell was corrected", "[key]") {
  // Two broken cells: （七）总计 of 自然人 and 行政许可 written as text.
  gk_test::Narrative n = with_two_defects();
  gk_test::row(n.applications, "carried_out").values[gk_test::kTotal] = "7";
  auto first = gk_test::check_narrative(n);
  gk_test::row(n.applications, "carried_out").values[gk_test::kTotal] = "1";  // corrected
  auto second = gk_test::check_narrative(n);
  const auto was = keys_of(*first, "sum.results-total"), now = keys_of(*second, "sum.results-total");
  REQUIRE(now.size() == 1);
  CHECK(std::find(was.begin(), was.end(), now[0]) != was.end());
}

TEST_CASE("key: different cells have different keys, repeats in a report get #2", "[key]") {
  gk_test::Narrative n;
  gk_test::row(n.applications, "results_total").values[gk_test::kNatural] = "9";
  gk_test::row(n.applications, "results_total").values[gk_test::kOtherOrg] = "8";
  n.problems = "公开内容不够全面的的；公开内容不够全面的的。";
  auto r = gk_test::check_narrative(n);
  std::set<std::string> unique;
  for (const Keyed& k : keyed(*r)) CHECK(unique.insert(k.key).second);
  const auto sums = keys_of(*r, "sum.results-total");
  REQUIRE(sums.size() >= 2);
  CHECK(sums[0] != sums[1]);
  const auto slips = keys_of(*r, "text.slip");
  REQUIRE(slips.size() == 2);
  CHECK(slips[1] == slips[0] + "#2");
}

TEST_CASE("key: a report by its body and year, else its file's name", "[key]") {
  auto r = gk_test::check_narrative(gk_test::Narrative{});
  CHECK(gk::output::report_key(*r) == "某某区人民政府办公室|2021");
  auto bare = gk::check_text("一些文字，不像报告。\n", "dir/sub/note.txt");
  CHECK(gk::output::report_key(*bare) == "note.txt");
}
