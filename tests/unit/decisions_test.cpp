// The decisions file (decide/decisions.h): read, its problems named, and applied to a
// report's findings by their keys: accepted findings leave the error count, the JSON tells
// each finding's decision and comment. A made-up report (unit/narrative_report.h).
#include <catch2/catch.hpp>

#include <string>

#include "check.h"
#include "decide/decisions.h"
#include "output/finding_key.h"
#include "output/json_output.h"
#include "unit/narrative_report.h"

namespace {

using gk::decide::read_decisions;
using gk::rules::Decision;

// 表三's （七）总计 of 自然人 written 9 where 3 is due: one sum error and its fix.
std::unique_ptr<gk::CheckResult> report_with_a_broken_sum() {
  gk_test::Narrative n;
  gk_test::row(n.applications, "results_total").values[gk_test::kNatural] = "9";
  return gk_test::check_narrative(n);
}

std::string file_with(const std::string& report_key, const std::string& findings) {
  return R"({"gkcheck":"decisions","version":1,"reports":{")" + report_key + R"(":{"title":"t","findings":{)" + findings +
         "}}}}";
}

std::string entry(const std::string& key, const std::string& decision, const std::string& comment = "") {
  return "\"" + key + R"(":{"decision":")" + decision + R"(","comment":")" + comment + R"(","rule":"r","place":"p"})";
}

}  // namespace

TEST_CASE("decisions: a file is read with each finding's decision and comment", "[decisions]") {
  auto read = read_decisions(file_with("甲局|2021", entry("k1", "accepted", "原表如此") + "," + entry("k2", "confirmed")));
  REQUIRE(read.decisions);
  const auto& findings = read.decisions->reports.at("甲局|2021");
  CHECK(findings.at("k1").decision == Decision::Accepted);
  CHECK(findings.at("k1").comment == "原表如此");
  CHECK(findings.at("k2").decision == Decision::Confirmed);
  CHECK(read_decisions(R"({"gkcheck":"decisions","version":1,"reports":{}})").decisions);
}

TEST_CASE("decisions: a malformed file is refused with its problem named", "[decisions]") {
  auto error = [](const std::string& json) {
    auto read = read_decisions(json);
    CHECK_FALSE(read.decisions);
    return read.error;
  };
  CHECK(error("{\"gkcheck\":") == "not a decisions file: not valid JSON (UTF-8)");
  CHECK(error("[1,2]").rfind("not a decisions file: expected {\"gkcheck\": \"decisions\"", 0) == 0);
  CHECK(error(R"({"gkcheck":"report","version":1,"reports":{}})").rfind("not a decisions file", 0) == 0);
  CHECK(error(R"({"gkcheck":"decisions","version":2,"reports":{}})") == "version: expected 1, found 2");
  CHECK(error(R"({"gkcheck":"decisions","version":1,"reports":[]})").rfind("reports: expected an object", 0) == 0);
  CHECK(error(R"({"gkcheck":"decisions","version":1,"reports":{"a":{"title":"t"}}})") ==
        "reports[\"a\"].findings: expected an object of finding key: {\"decision\", \"comment\"}");
  CHECK(error(file_with("a", entry("k", "maybe"))) ==
        "reports[\"a\"].findings[\"k\"].decision: expected \"confirmed\" or \"accepted\", found \"maybe\"");
  CHECK(error(file_with("a", R"("k":{"comment":"x"})")) == "reports[\"a\"].findings[\"k\"]: no \"decision\"");
  CHECK(error(file_with("a", R"("k":{"decision":"accepted","comment":3})")) ==
        "reports[\"a\"].findings[\"k\"].comment: expected a string");
}

TEST_CASE("decisions: applied by report and finding key, accepted errors leave the count", "[decisions]") {
  auto r = report_with_a_broken_sum();
  const int errors = r->error_count();
  REQUIRE(errors >= 2);
  const gk::output::FindingPlaces places(*r);
  const auto keys = gk::output::finding_keys(*r, places);
  std::string accept_all_errors;
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (r->findings[i].severity == gk::rules::Severity::Error)
      accept_all_errors += (accept_all_errors.empty() ? "" : ",") + entry(keys[i], "accepted", "已核实");

  SECTION("under another report's key nothing applies") {
    auto read = read_decisions(file_with("乙局|2021", accept_all_errors));
    REQUIRE(read.decisions);
    CHECK(gk::decide::apply_decisions(*read.decisions, *r) == 0);
    CHECK(r->error_count() == errors);
  }
  SECTION("every error accepted: none counts; the JSON tells each finding's decision") {
    auto read = read_decisions(file_with(gk::output::report_key(*r), accept_all_errors));
    REQUIRE(read.decisions);
    CHECK(gk::decide::apply_decisions(*read.decisions, *r) == static_cast<std::size_t>(errors));
    CHECK(r->error_count() == 0);
    const std::string json = gk::output::to_json({r.get()});
    CHECK(json.find(R"("decision":"accepted","comment":"已核实")") != std::string::npos);
    CHECK(json.find(R"("decision":"open","comment":"")") != std::string::npos);  // the warnings
  }
  SECTION("one confirmed, the rest accepted: it counts") {
    std::string entries = accept_all_errors + "," + entry(keys[0], "confirmed", "请更正");
    auto read = read_decisions(file_with(gk::output::report_key(*r), entries));
    REQUIRE(read.decisions);
    gk::decide::apply_decisions(*read.decisions, *r);
    CHECK(r->findings[0].decision == Decision::Confirmed);
    CHECK(r->findings[0].comment == "请更正");
    CHECK(r->error_count() == (r->findings[0].severity == gk::rules::Severity::Error ? 1 : 0));
  }
  SECTION("without decisions the JSON says nothing of them") {
    CHECK(gk::output::to_json({r.get()}).find("\"decision\"") == std::string::npos);
  }
}
