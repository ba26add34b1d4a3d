// Table binding: rows of the document matched to the format's rows by their labels, and the
// format (2019 or 2021) told by the tables themselves.
#include <catch2/catch.hpp>

#include "bind/report.h"
#include "read/reader.h"
#include "unit/support.h"
#include "unit/synthetic_report.h"

using gk::bind::BoundRow;
using gk::bind::BoundTable;

namespace {

const BoundTable& applications(const gk::CheckResult& r) {
  const BoundTable* t = r.report.table("applications");
  REQUIRE(t != nullptr);
  return *t;
}

const BoundRow& bound(const BoundTable& t, const std::string& id) {
  int i = t.spec->row_index(id);
  REQUIRE(i >= 0);
  return t.rows[static_cast<std::size_t>(i)];
}

// The identity (sum) findings: the tables here are complete, the reports around them are not.
std::vector<const gk::rules::Finding*> sum_findings(const gk::CheckResult& r) {
  std::vector<const gk::rules::Finding*> v;
  for (const gk::rules::Finding& f : r.findings)
    if (gk_test::is_identity_rule(f.rule)) v.push_back(&f);
  return v;
}

std::vector<std::string> values_of(const BoundRow& b) {
  std::vector<std::string> v;
  for (const gk::bind::BoundValue& bv : b.values) v.emplace_back(bv.cell->text);
  return v;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("each seed binds every leaf row of the applications table", "[binding][corpus]") {
  struct Case {
    const char* file;
    const char* format;
    int year;
  };
  const Case cases[] = {
      {gk_test::kSeed000, "2021", 2021}, {gk_test::kSeed001, "2021", 2021}, {gk_test::kSeed002, "2019", 2021},
      {gk_test::kSeed003, "2019", 2021}, {gk_test::kSeed004, "2021", 2023},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    auto r = gk_test::check_corpus(c.file);
    REQUIRE(r->report.format != nullptr);
    CHECK(r->report.format->id == c.format);
    REQUIRE(r->report.year.has_value());
    CHECK(*r->report.year == c.year);  // seed 003's title has none: read from its 一、总体情况
    const BoundTable& t = applications(*r);
    int leaves = 0;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const gk::format::RowSpec& spec = t.spec->rows[i];
      if (!spec.children.empty()) continue;
      ++leaves;
      INFO("row " << spec.id);
      CHECK(t.rows[i].source != nullptr);
      CHECK(t.rows[i].label.has_value());
      // Seed 002's (六)(七) rows carry 8 values: bound, but given none.
      bool eight = std::string(c.file) == gk_test::kSeed002 && (spec.id == "other" || spec.id == "results_total");
      CHECK(t.rows[i].value_cells == (eight ? 8u : 7u));
      CHECK(t.rows[i].values.size() == (eight ? 0u : 7u));
    }
    CHECK(leaves == (std::string(c.format) == "2021" ? 25 : 23));
    CHECK(t.found_rows == leaves);  // no group row with values of its own in any seed
  }
}

TEST_CASE("seed 001: the bound values and the cells they come from", "[binding][corpus]") {
  auto r = gk_test::check_corpus(gk_test::kSeed001);
  const BoundTable& t = applications(*r);
  CHECK(values_of(bound(t, "received")) == Texts{"1", "0", "0", "0", "0", "0", "1"});
  CHECK(values_of(bound(t, "disclosed")) == Texts{"1", "0", "0", "0", "0", "0", "1"});
  CHECK(values_of(bound(t, "results_total")) == Texts{"0", "0", "0", "0", "0", "0", "0"});

  const BoundRow& received = bound(t, "received");
  CHECK(r->text.position(received.label->begin).line == 76);
  CHECK(r->text.position(received.values[0].cell->span.begin).line == 77);
  CHECK(received.values[0].value.kind == gk::text::ValueKind::Number);
  CHECK(received.values[0].value.quantity == gk::text::Quantity::of(1));

  // 2.申请人逾期未按收费通知… : its 总计 is the "0" on the line after an empty cell line.
  const BoundRow& other_2 = bound(t, "other_2");
  REQUIRE(other_2.values.size() == 7);
  CHECK(r->text.position(other_2.values[6].cell->span.begin).line == 312);
  CHECK(r->text.position(other_2.values[6].cell->span.begin).column == 1);
  CHECK(other_2.values[6].value.kind == gk::text::ValueKind::Number);

  const BoundRow& results_total = bound(t, "results_total");
  CHECK(r->text.position(results_total.values[0].cell->span.begin).line == 327);
  CHECK(r->text.position(results_total.values[6].cell->span.begin).line == 333);
}

TEST_CASE("seed 002: rows whose cells the PDF shifted still bind", "[binding][corpus]") {
  auto r = gk_test::check_corpus(gk_test::kSeed002);
  const BoundTable& t = applications(*r);
  // (五)3–5 start at the line's first cell, without the group columns in front.
  for (const char* id : {"not_processed_3", "not_processed_4", "not_processed_5"}) {
    INFO(id);
    CHECK(values_of(bound(t, id)) == Texts{"0", "0", "0", "0", "0", "0", "0"});
  }
  CHECK(r->text.position(bound(t, "not_processed_3").label->begin).line == 66);
  CHECK(r->text.position(bound(t, "other").label->begin).line == 69);
  CHECK(r->text.position(bound(t, "results_total").label->begin).line == 70);
}

TEST_CASE("a synthetic 2021 report binds every leaf row with its values", "[binding]") {
  auto rows = gk_test::consistent_rows_2021();
  auto rep = gk_test::build_report(rows);
  auto r = gk::check_text(rep.text, "synthetic.txt");
  REQUIRE(r->report.format != nullptr);
  CHECK(r->report.format->id == "2021");
  CHECK(r->doc.layout == gk::read::Layout::TabSeparated);
  const BoundTable& t = applications(*r);
  for (const gk_test::AppRow& a : rows) {
    INFO(a.id);
    const BoundRow& b = bound(t, a.id);
    REQUIRE(b.source != nullptr);
    CHECK(b.exact_label);
    CHECK(r->text.position(b.label->begin).line == rep.line.at(a.id));
    CHECK(values_of(b) == Texts(a.values.begin(), a.values.end()));
  }
  CHECK(t.found_rows == static_cast<int>(rows.size()));
  CHECK(sum_findings(*r).empty());
}

TEST_CASE("（六）其他处理 as one row (the 2019 shape) in a 2021 report still binds", "[binding]") {
  // Like the 洪泽区 2024 report: the 2021 format except that （六） has no sub-items.
  auto rows = gk_test::consistent_rows_2021();
  std::vector<gk_test::AppRow> shaped;
  for (const auto& a : rows) {
    if (a.id == "other_2" || a.id == "other_3") continue;
    if (a.id == "other_1") {
      shaped.push_back({"other", "\t（六）其他处理\t", {"1", "0", "0", "0", "0", "0", "1"}});
      continue;
    }
    shaped.push_back(a);
  }
  // Keep the identities true with the one extra 其他处理 application.
  for (const char* id : {"received", "results_total"}) {
    auto& v = gk_test::row(shaped, id).values;
    v[gk_test::kNatural] = std::to_string(std::stoi(v[gk_test::kNatural]) + 1);
    v[gk_test::kTotal] = std::to_string(std::stoi(v[gk_test::kTotal]) + 1);
  }
  auto rep = gk_test::build_report(shaped);
  auto r = gk::check_text(rep.text, "hongze-shaped.txt");
  REQUIRE(r->report.format != nullptr);
  CHECK(r->report.format->id == "2021");
  const BoundTable& t = applications(*r);
  const BoundRow& other = bound(t, "other");
  REQUIRE(other.source != nullptr);
  CHECK(values_of(other) == Texts{"1", "0", "0", "0", "0", "0", "1"});
  CHECK(r->text.position(other.label->begin).line == rep.line.at("other"));
  for (const char* id : {"other_1", "other_2", "other_3"}) {
    INFO(id);
    CHECK(bound(t, id).source == nullptr);
  }
  // The group row's own values take part in the sums: no false alarm…
  CHECK(sum_findings(*r).empty());

  // …and a wrong （七）总计 is still found through it.
  gk_test::row(shaped, "results_total").values[gk_test::kNatural] = "3";
  gk_test::row(shaped, "results_total").values[gk_test::kTotal] = "5";
  auto wrong = gk::check_text(gk_test::build_report(shaped).text, "hongze-shaped-wrong.txt");
  auto found = sum_findings(*wrong);
  REQUIRE_FALSE(found.empty());
  CHECK(found[0]->rule == "sum.results-total");
  REQUIRE(found[0]->expected.has_value());
  CHECK(found[0]->expected->str() == "4");
}

TEST_CASE("labels with full-width and half-width brackets bind the same", "[binding]") {
  auto full = gk_test::consistent_rows_2021();
  auto half = full;
  for (auto& a : half) {
    std::string& l = a.labels;
    for (auto [from, to] : {std::pair<std::string, std::string>{"（", "("}, {"）", ")"}})
      for (std::size_t p = l.find(from); p != std::string::npos; p = l.find(from, p + to.size()))
        l.replace(p, from.size(), to);
  }
  REQUIRE(gk_test::row(half, "disclosed").labels == "三、本年度办理结果\t(一)予以公开\t");

  auto rf = gk::check_text(gk_test::build_report(full).text, "full.txt");
  auto rh = gk::check_text(gk_test::build_report(half).text, "half.txt");
  const BoundTable& tf = applications(*rf);
  const BoundTable& th = applications(*rh);
  CHECK(tf.found_rows == th.found_rows);
  for (const auto& a : full) {
    INFO(a.id);
    const BoundRow& bf = bound(tf, a.id);
    const BoundRow& bh = bound(th, a.id);
    REQUIRE(bf.source != nullptr);
    REQUIRE(bh.source != nullptr);
    CHECK(bh.exact_label);
    CHECK(values_of(bf) == values_of(bh));
  }
}

TEST_CASE("a truncated official label still binds, marked as not exact", "[binding]") {
  // 洪泽区 and other 淮安 reports print 2.其他法律行政止公开 (法规禁 dropped).
  auto rows = gk_test::consistent_rows_2021();
  gk_test::row(rows, "withheld_2").labels = "\t\t2.其他法律行政止公开\t";
  gk_test::row(rows, "withheld_2").values = {"0", "0", "0", "0", "0", "2", "2"};
  gk_test::row(rows, "received").values = {"3", "1", "0", "0", "0", "3", "7"};
  gk_test::row(rows, "results_total").values = {"3", "1", "0", "0", "0", "3", "7"};
  auto r = gk::check_text(gk_test::build_report(rows).text, "truncated.txt");
  const BoundTable& t = applications(*r);
  const BoundRow& b = bound(t, "withheld_2");
  REQUIRE(b.source != nullptr);
  CHECK_FALSE(b.exact_label);
  CHECK(b.label_text == "2.其他法律行政止公开");
  CHECK(values_of(b) == Texts{"0", "0", "0", "0", "0", "2", "2"});
  CHECK(sum_findings(*r).empty());
}

TEST_CASE("item numbers bind within their group", "[binding]") {
  // "3." exists under （三）（四）（五）and（六）; each binds to its own group's row.
  auto rows = gk_test::consistent_rows_2021();
  gk_test::row(rows, "unable_3").values = {"0", "0", "0", "0", "0", "0", "9"};
  gk_test::row(rows, "not_processed_3").values = {"0", "0", "0", "0", "0", "0", "8"};
  gk_test::row(rows, "other_3").values = {"0", "0", "0", "0", "0", "0", "7"};
  auto r = gk::check_text(gk_test::build_report(rows).text, "groups.txt");
  const BoundTable& t = applications(*r);
  CHECK(values_of(bound(t, "withheld_3")).back() == "0");
  CHECK(values_of(bound(t, "unable_3")).back() == "9");
  CHECK(values_of(bound(t, "not_processed_3")).back() == "8");
  CHECK(values_of(bound(t, "other_3")).back() == "7");
}


TEST_CASE("similarity_if gives similarity when it passes both bounds and 0 otherwise", "[bind]") {
  // Every pair of short sorted keys over a small alphabet, every threshold binding uses.
  std::vector<std::vector<char32_t>> keys = {{}};
  for (std::size_t k = 0; k < keys.size() && keys.size() < 400; ++k)
    for (char32_t c : {U'公', U'开', U'申', U'请'})
      if (keys[k].size() < 5 && (keys[k].empty() || keys[k].back() <= c)) {
        keys.push_back(keys[k]);
        keys.back().push_back(c);
      }
  for (double least : {0.5, 0.7, 0.8})
    for (double above : {0.0, 0.6, 0.75, 5.0 / 6.0})
      for (const auto& a : keys)
        for (const auto& b : keys) {
          double full = gk::bind::similarity(a, b);
          double expected = full >= least && full > above ? full : 0.0;
          REQUIRE(gk::bind::similarity_if(a, b, least, above) == expected);
        }
}
