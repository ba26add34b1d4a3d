// Markdown pipe tables: rows between pipes, the |---| line skipped, picked by layout detection.
#include <catch2/catch.hpp>

#include "read/reader.h"
#include "unit/inputs_support.h"

using gk_test::finding_facts;

TEST_CASE("pipe tables: rows of cells with their places in the text", "[pipe]") {
  gk::text::SourceText t(
      "## 二、主动公开政府信息情况\n"
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
      "|:---|---:|:---:|---|\n"
      "| 规章 | 0 | 1 |  |\n"
      "\n"
      "| 行政规范性文件 | 2 | 0 | 5 |\n"
      "说明：a \\| b 不是表格\n");
  gk::read::Document doc = gk::read::read_document(t, {});
  CHECK(doc.layout == gk::read::Layout::PipeTable);
  CHECK(gk::read::layout_name(doc) == std::string("markdown+pipe-table"));
  REQUIRE(doc.tables.size() == 1);
  const gk::read::Table& table = doc.tables[0];
  REQUIRE(table.rows.size() == 3);  // the separator is no row; a blank line does not end the table
  std::vector<std::string> cells;
  for (const gk::read::Cell& c : table.rows[1].cells) cells.emplace_back(c.text);
  CHECK(cells == std::vector<std::string>{"规章", "0", "1", ""});
  const gk::read::Cell& one = table.rows[1].cells[2];
  CHECK(t.view(one.span) == "1");
  CHECK(t.position(one.span.begin).line == 4);
  CHECK(table.rows[1].cells[3].span.empty());
  REQUIRE(doc.paragraphs.size() == 2);
  CHECK(doc.paragraphs[1].text == "说明：a \\| b 不是表格");
}

TEST_CASE("pipe tables: escaped pipes stay in their cell", "[pipe]") {
  gk::text::SourceText t("| a \\| b | 1 |\n|---|---|\n| c | 2 |\n");
  gk::read::Document doc = gk::read::read_document(t, {});
  REQUIRE(doc.tables.size() == 1);
  CHECK(doc.tables[0].rows[0].cells.size() == 2);
  CHECK(doc.tables[0].rows[0].cells[0].text == "a \\| b");
}

TEST_CASE("pipe tables: a line or two with pipes is not a pipe table", "[pipe]") {
  gk::text::SourceText t("一、总体情况\n|注|\n规章\t0\t0\t0\n行政规范性文件\t1\t1\t1\n");
  CHECK(gk::read::read_document(t, {}).layout == gk::read::Layout::TabSeparated);
}

TEST_CASE("pipe tables: each seed as markdown gives the seed's findings", "[pipe]") {
  for (const char* stem : gk_test::kSeeds) {
    INFO(stem);
    auto r = gk_test::check_corpus(std::string("generated/") + stem + ".md");
    CHECK(r->doc.layout == gk::read::Layout::PipeTable);
    CHECK(finding_facts(*r) == gk_test::seed_facts(stem));
  }
}
