// The plain-text readers: Word's cell-per-line export, tab-separated rows, markdown
// headings, and which layout read_document picks for each seed.
#include <catch2/catch.hpp>

#include "read/reader.h"
#include "unit/support.h"

using gk::read::Block;
using gk::read::Cell;
using gk::read::Document;
using gk::read::Layout;
using gk::text::SourceText;

namespace {

std::vector<std::string> cell_texts(const gk::read::Row& row) {
  std::vector<std::string> v;
  for (const Cell& c : row.cells) v.emplace_back(c.text);
  return v;
}

using Texts = std::vector<std::string>;

std::size_t line_of(const SourceText& t, const Cell& c) { return t.position(c.span.begin).line; }

}  // namespace

TEST_CASE("cell-per-line: one cell per tabbed line, rows split by blank lines", "[layout]") {
  SourceText t(
      "标题\n"
      "\n"
      "\t一、本年新收政府信息公开申请数量\n"
      "\t1\n"
      "\t0\n"
      "\n"
      "\t二、上年结转政府信息公开申请数量\n"
      "\t0\n"
      "\t2\n"
      "\n"
      "结语。\n");
  Document doc = gk::read::read_cell_per_line(t);
  CHECK(doc.layout == Layout::CellPerLine);
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].rows.size() == 2);
  CHECK(cell_texts(doc.tables[0].rows[0]) == Texts{"一、本年新收政府信息公开申请数量", "1", "0"});
  CHECK(cell_texts(doc.tables[0].rows[1]) == Texts{"二、上年结转政府信息公开申请数量", "0", "2"});
  // Each cell's span is its text in the source, without the leading tab.
  const Cell& two = doc.tables[0].rows[1].cells[2];
  CHECK(t.view(two.span) == "2");
  CHECK(t.position(two.span.begin).line == 9);
  CHECK(t.position(two.span.begin).column == 2);

  REQUIRE(doc.paragraphs.size() == 2);
  CHECK(doc.paragraphs[0].text == "标题");
  CHECK(doc.paragraphs[1].text == "结语。");
  REQUIRE(doc.blocks.size() == 3);
  CHECK(doc.blocks[0].kind == Block::Kind::Paragraph);
  CHECK(doc.blocks[1].kind == Block::Kind::Table);
  CHECK(doc.blocks[2].kind == Block::Kind::Paragraph);
}

TEST_CASE("cell-per-line: a cell broken over two lines is one cell", "[layout]") {
  // Word wraps 商业企业 and 科研机构 in the narrow header columns (seeds 000 and 001).
  SourceText t(
      "\t\n"
      "\t商业\n"
      "企业\n"
      "\t科研\n"
      "机构\n"
      "\t其他\n"
      "\n");
  Document doc = gk::read::read_cell_per_line(t);
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].rows.size() == 1);
  const gk::read::Row& row = doc.tables[0].rows[0];
  CHECK(cell_texts(row) == Texts{"", "商业\n企业", "科研\n机构", "其他"});
  CHECK(row.cells[1].span.begin == 3);  // 商 on line 2
  CHECK(t.position(row.cells[1].span.end).line == 3);
  CHECK(t.view(row.cells[1].span) == "商业\n企业");
  CHECK(doc.paragraphs.empty());  // 企业 and 机构 are not paragraphs
}

TEST_CASE("cell-per-line: an empty cell line followed by a bare value (seed 001)", "[layout]") {
  // Seed 001 line 311-312: "\t" then "0" — the cell's value wrapped onto the next line.
  SourceText t(
      "\t2.申请人逾期未按收费通知要求缴纳费用\n"
      "\t0\n"
      "\t\n"
      "0\n"
      "\n");
  Document doc = gk::read::read_cell_per_line(t);
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].rows.size() == 1);
  const gk::read::Row& row = doc.tables[0].rows[0];
  CHECK(cell_texts(row) == Texts{"2.申请人逾期未按收费通知要求缴纳费用", "0", "0"});
  CHECK(line_of(t, row.cells[2]) == 4);
  CHECK(t.position(row.cells[2].span.begin).column == 1);
  CHECK_FALSE(row.cells[2].span.empty());
}

TEST_CASE("cell-per-line: a numbered or long line after a cell is a paragraph", "[layout]") {
  SourceText t(
      "\t总计\n"
      "\t0\n"
      "四、政府信息公开行政复议、行政诉讼情况\n"
      "\t结果维持\n"
      "本年度本机关未发生因政府信息公开工作被申请行政复议和提起行政诉讼的情况特此说明\n");
  Document doc = gk::read::read_cell_per_line(t);
  REQUIRE(doc.tables.size() == 2);
  CHECK(cell_texts(doc.tables[0].rows[0]) == Texts{"总计", "0"});
  CHECK(cell_texts(doc.tables[1].rows[0]) == Texts{"结果维持"});
  REQUIRE(doc.paragraphs.size() == 2);
  CHECK(doc.paragraphs[0].text == "四、政府信息公开行政复议、行政诉讼情况");
  CHECK(doc.paragraphs[1].text.rfind("本年度本机关", 0) == 0);
}

TEST_CASE("tab-separated: cells, empty cells and their spans", "[layout]") {
  SourceText t(
      "一、本年新收政府信息公开申请数量\t\t1\t0\t \n"
      "二、上年结转政府信息公开申请数量\t\t0\t2\t\n");
  Document doc = gk::read::read_tab_separated(t);
  CHECK(doc.layout == Layout::TabSeparated);
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].rows.size() == 2);
  const gk::read::Row& r0 = doc.tables[0].rows[0];
  CHECK(cell_texts(r0) == Texts{"一、本年新收政府信息公开申请数量", "", "1", "0", ""});
  CHECK(r0.cells[1].span.empty());
  CHECK(r0.cells[4].span.empty());  // a blank-only cell is empty
  CHECK(t.view(r0.cells[2].span) == "1");
  CHECK(t.position(r0.cells[2].span.begin).column == 19);  // 16 characters, 2 tabs
  CHECK(cell_texts(doc.tables[0].rows[1]) == Texts{"二、上年结转政府信息公开申请数量", "", "0", "2", ""});
}

TEST_CASE("tab-separated: blank lines inside a table do not end it but a paragraph does", "[layout]") {
  SourceText t(
      "标题\n"
      "a\t1\n"
      "\n"
      "b\t2\n"
      "说明文字\n"
      "c\t3\n");
  Document doc = gk::read::read_tab_separated(t);
  REQUIRE(doc.tables.size() == 2);
  CHECK(doc.tables[0].rows.size() == 2);  // a and b, across the blank line
  CHECK(cell_texts(doc.tables[0].rows[1]) == Texts{"b", "2"});
  CHECK(doc.tables[1].rows.size() == 1);
  CHECK(cell_texts(doc.tables[1].rows[0]) == Texts{"c", "3"});
  REQUIRE(doc.blocks.size() == 4);
  CHECK(doc.blocks[0].kind == Block::Kind::Paragraph);
  CHECK(doc.blocks[1].kind == Block::Kind::Table);
  CHECK(doc.blocks[2].kind == Block::Kind::Paragraph);
  CHECK(doc.blocks[3].kind == Block::Kind::Table);
  CHECK(doc.paragraphs[1].text == "说明文字");
}

TEST_CASE("markdown headings and emphasis become plain paragraphs", "[layout]") {
  SourceText t(
      "## 一、总体情况\n"
      "**二、主动公开政府信息情况**\n"
      "#没有空格不是标题\n"
      "a\t1\n");
  Document doc = gk::read::read_tab_separated(t);
  CHECK(doc.markdown);
  REQUIRE(doc.paragraphs.size() == 3);
  CHECK(doc.paragraphs[0].text == "一、总体情况");
  CHECK(doc.paragraphs[0].heading_level == 2);
  CHECK(doc.paragraphs[0].span.begin == 3);  // after "## "
  CHECK(doc.paragraphs[1].text == "二、主动公开政府信息情况");
  CHECK(doc.paragraphs[1].heading_level == 0);
  CHECK(doc.paragraphs[2].text == "#没有空格不是标题");
  CHECK(gk::read::layout_name(doc) == std::string("markdown+tab-separated"));

  SourceText plain("一、总体情况\na\t1\n");
  Document plain_doc = gk::read::read_tab_separated(plain);
  CHECK_FALSE(plain_doc.markdown);
  CHECK(gk::read::layout_name(plain_doc) == std::string("tab-separated"));
}

TEST_CASE("text without tabs is read as plain paragraphs", "[layout]") {
  SourceText t("一、总体情况\n\n本机关……\n");
  Document doc = gk::read::read_document(t, {});
  CHECK(doc.layout == Layout::Plain);
  CHECK(doc.tables.empty());
  REQUIRE(doc.paragraphs.size() == 2);
  CHECK(gk::read::layout_name(doc) == std::string("plain"));
}

TEST_CASE("read_document picks each seed's layout", "[layout][corpus]") {
  struct Case {
    const char* file;
    Layout layout;
    bool markdown;
    const char* name;
  };
  const Case cases[] = {
      {gk_test::kSeed000, Layout::CellPerLine, false, "cell-per-line"},
      {gk_test::kSeed001, Layout::CellPerLine, false, "cell-per-line"},
      {gk_test::kSeed002, Layout::TabSeparated, true, "markdown+tab-separated"},
      {gk_test::kSeed003, Layout::CellPerLine, false, "cell-per-line"},
      {gk_test::kSeed004, Layout::TabSeparated, false, "tab-separated"},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    SourceText t(gk_test::read_corpus(c.file));
    Document doc = gk::read::read_document(t, {});
    CHECK(doc.layout == c.layout);
    CHECK(doc.markdown == c.markdown);
    CHECK(gk::read::layout_name(doc) == std::string(c.name));
    CHECK_FALSE(doc.tables.empty());
  }
}

TEST_CASE("seed 002's markdown headings lose their markers", "[layout][corpus]") {
  SourceText t(gk_test::read_corpus(gk_test::kSeed002));
  Document doc = gk::read::read_document(t, {});
  bool found = false;
  for (const gk::read::Paragraph& p : doc.paragraphs) {
    if (p.text != "一、总体情况") continue;
    found = true;
    CHECK(p.heading_level == 2);
    CHECK(t.position(p.span.begin).line == 7);
    CHECK(t.position(p.span.begin).column == 4);
  }
  CHECK(found);
}
