// The rows an HTML page or .docx extractor writes are read as the extractor knows them
// (read_extracted), not guessed again from the text: the same Document the tab-separated
// reading of that text gives, and a table stays a table whatever its text looks like.
#include <catch2/catch.hpp>

#include "input/input.h"
#include "read/reader.h"
#include "unit/inputs_support.h"

namespace {

void require_same(const gk::read::Document& a, const gk::read::Document& b) {
  CHECK(a.layout == b.layout);
  CHECK(a.markdown == b.markdown);
  REQUIRE(a.blocks.size() == b.blocks.size());
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    CHECK(a.blocks[i].kind == b.blocks[i].kind);
    CHECK(a.blocks[i].index == b.blocks[i].index);
  }
  REQUIRE(a.paragraphs.size() == b.paragraphs.size());
  for (std::size_t i = 0; i < a.paragraphs.size(); ++i) {
    CHECK(a.paragraphs[i].span.begin == b.paragraphs[i].span.begin);
    CHECK(a.paragraphs[i].span.end == b.paragraphs[i].span.end);
    CHECK(a.paragraphs[i].heading_level == b.paragraphs[i].heading_level);
  }
  REQUIRE(a.tables.size() == b.tables.size());
  for (std::size_t t = 0; t < a.tables.size(); ++t) {
    const gk::read::Table& x = a.tables[t];
    const gk::read::Table& y = b.tables[t];
    CHECK(x.span.begin == y.span.begin);
    CHECK(x.span.end == y.span.end);
    REQUIRE(x.rows.size() == y.rows.size());
    for (std::size_t r = 0; r < x.rows.size(); ++r) {
      CHECK(x.rows[r].span.begin == y.rows[r].span.begin);
      CHECK(x.rows[r].span.end == y.rows[r].span.end);
      REQUIRE(x.rows[r].cells.size() == y.rows[r].cells.size());
      for (std::size_t c = 0; c < x.rows[r].cells.size(); ++c) {
        CHECK(x.rows[r].cells[c].span.begin == y.rows[r].cells[c].span.begin);
        CHECK(x.rows[r].cells[c].span.end == y.rows[r].cells[c].span.end);
        CHECK(x.rows[r].cells[c].text == y.rows[r].cells[c].text);
      }
    }
  }
}

}  // namespace

TEST_CASE("extracted rows: the Document the tab-separated reading of the text gives", "[extract]") {
  std::vector<std::string> files;
  for (const char* stem : gk_test::kSeeds) {
    files.push_back(std::string("generated/") + stem + ".html");
    files.push_back(std::string("generated/") + stem + ".docx");
  }
  for (const char* f : {"generated/variants/001-empty-rows.html", "generated/variants/001-gbk.html",
                        "generated/variants/001-layout-table.docx", "generated/variants/001-layout-table.html",
                        "generated/variants/001-numbered-headings.docx", "generated/variants/001-tracked-changes.docx",
                        "generated/variants/001-wide-table.html", "real/official-template-2021-blank.docx",
                        "real/shuyang-fgj-2023.html"})
    files.push_back(f);
  for (const std::string& f : files) {
    INFO(f);
    gk::input::Input in = gk::input::read_bytes(gk_test::read_corpus(f));
    REQUIRE(in.facts.binary == gk::input::BinaryKind::None);
    REQUIRE_FALSE(in.tables.rows.empty());
    gk::text::SourceText text(std::move(in.text));
    require_same(gk::read::read_extracted(text, in.tables), gk::read::read_tab_separated(text));
  }
}

TEST_CASE("extracted rows: a table stays a table whatever its text looks like", "[extract]") {
  // Rows with an empty first cell read, as text, like Word's cell-per-line export.
  gk::input::Input in = gk::input::read_html_utf8(
      "<p>二、主动公开政府信息情况</p><table><tr><td></td><td>规章</td></tr><tr><td></td><td>5</td></tr>"
      "<tr><td></td><td>6</td></tr></table>");
  gk::text::SourceText text(std::move(in.text));
  gk::read::Document doc = gk::input::read_input_document(text, in.tables, {});
  CHECK(doc.layout == gk::read::Layout::TabSeparated);
  REQUIRE(doc.tables.size() == 1);
  REQUIRE(doc.tables[0].rows.size() == 3);
  for (const gk::read::Row& row : doc.tables[0].rows) CHECK(row.cells.size() == 2);
  CHECK(doc.tables[0].rows[2].cells[1].text == "6");
}

TEST_CASE("extracted rows: a page without table rows is read as text", "[extract]") {
  // Text from a PDF pasted into a page: its layout is the text's own.
  gk::input::Input in = gk::input::read_html_utf8(
      "<html><body><p>行政许可 1 2 3</p><p>行政处罚 4 5 6</p><p>行政强制 7 8 9</p><p>其他 1 1 1</p></body></html>");
  CHECK(in.tables.rows.empty());
  gk::text::SourceText text(std::move(in.text));
  gk::read::Document doc = gk::input::read_input_document(text, in.tables, {});
  CHECK(doc.layout == gk::read::Layout::PdfRaw);
  CHECK(doc.tables.size() == 1);
}
