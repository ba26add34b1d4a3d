// table.unreadable: a table most of whose rows are missing or misaligned is said to be
// unreadable once, with the likely cause, instead of a finding per row.
#include <catch2/catch.hpp>

#include "unit/support.h"
#include "unit/synthetic_report.h"

namespace {

std::size_t count_rule(const gk::CheckResult& r, const std::string& rule) {
  std::size_t n = 0;
  for (const gk::rules::Finding& f : r.findings) n += f.rule == rule;
  return n;
}

const gk::rules::Finding* first(const gk::CheckResult& r, const std::string& rule) {
  for (const gk::rules::Finding& f : r.findings)
    if (f.rule == rule) return &f;
  return nullptr;
}

// The synthetic report's tab-separated table as PDF text: cells apart by wide gaps, blank
// cells gone.
std::string as_pdf_layout(const std::string& text) {
  std::string out, cell;
  for (char c : text) {
    if (c == '\t' || c == '\n') {
      if (!cell.empty()) out += (out.empty() || out.back() == '\n' ? "" : "     ") + cell;
      cell.clear();
      if (c == '\n') out += '\n';
      continue;
    }
    cell += c;
  }
  return out;
}

}  // namespace

TEST_CASE("table.unreadable: a complete table, or one with a row missing, is readable", "[rules][unreadable]") {
  std::vector<gk_test::AppRow> rows = gk_test::consistent_rows_2021();
  auto whole = gk::check_text(gk_test::build_report(rows).text, "whole.txt");
  CHECK(count_rule(*whole, "table.unreadable") == 0);
  rows.erase(rows.begin() + 5);  // 2.其他法律行政法规禁止公开
  auto one_missing = gk::check_text(gk_test::build_report(rows).text, "one.txt");
  CHECK(count_rule(*one_missing, "table.unreadable") == 0);
  CHECK(count_rule(*one_missing, "table.row-missing") == 1);
}

TEST_CASE("table.unreadable: most rows lost in conversion give one finding and no row findings", "[rules][unreadable]") {
  // Only every third row of 表三 survived, as text from a PDF.
  std::vector<gk_test::AppRow> rows = gk_test::consistent_rows_2021();
  std::vector<gk_test::AppRow> kept;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (i % 3 == 0) kept.push_back(rows[i]);
  auto r = gk::check_text(as_pdf_layout(gk_test::build_report(kept).text), "lost.txt");
  REQUIRE(r->doc.layout == gk::read::Layout::PdfLayout);
  REQUIRE(count_rule(*r, "table.unreadable") == 1);
  const gk::rules::Finding* f = first(*r, "table.unreadable");
  CHECK(f->certainty == gk::rules::Certainty::Review);
  CHECK(f->message.find("收到和处理政府信息公开申请情况") != std::string::npos);
  CHECK(f->message.find("PDF") != std::string::npos);
  REQUIRE(f->cell.has_value());
  CHECK(f->cell->table == "applications");
  for (const char* rule : {"table.row-missing", "table.column-count", "table.cell-missing", "table.row-label"}) {
    INFO(rule);
    CHECK(count_rule(*r, rule) == 0);
  }
}

TEST_CASE("table.unreadable: most rows with a value too many give one finding, no column-count", "[rules][unreadable]") {
  std::vector<gk_test::AppRow> rows = gk_test::consistent_rows_2021();
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (i % 4 != 0) rows[i].labels += "0\t";  // a stray value before the seven
  auto r = gk::check_text(gk_test::build_report(rows).text, "shifted.txt");
  CHECK(count_rule(*r, "table.unreadable") == 1);
  CHECK(count_rule(*r, "table.column-count") == 0);
  CHECK(first(*r, "table.unreadable")->message.find("复制或转换") != std::string::npos);
}

TEST_CASE("table.unreadable: a bad row of a small table keeps its own finding", "[rules][unreadable]") {
  // 表二's tables have one to three rows: "most rows" means nothing there.
  std::string text = gk_test::build_report(gk_test::consistent_rows_2021()).text;
  const std::string row = "规章\t0\t0\t0";
  text.replace(text.find(row), row.size(), "规章\t0\t0\t0\t0\t0");
  auto r = gk::check_text(text, "small.txt");
  CHECK(count_rule(*r, "table.unreadable") == 0);
  CHECK(count_rule(*r, "table.column-count") == 1);
}
