// .docx input: word/document.xml read from the zip, paragraphs as lines, tables as rows
// with w:gridSpan and w:vMerge resolved; tracked deletions left out.
#include <catch2/catch.hpp>

#include "extract/docx_numbering.h"
#include "extract/extract.h"
#include "unit/inputs_support.h"

using gk_test::finding_facts;

TEST_CASE("docx: each seed as a Word file gives the seed's findings", "[docx]") {
  for (const char* stem : gk_test::kSeeds) {
    INFO(stem);
    auto r = gk_test::check_corpus(std::string("generated/") + stem + ".docx");
    CHECK(r->decoded.input == gk::input::InputKind::Docx);
    CHECK(r->decoded.binary == gk::input::BinaryKind::None);
    CHECK(finding_facts(*r) == gk_test::seed_facts(stem));
  }
}

TEST_CASE("docx: the official blank 2021 form reads with every section and row", "[docx]") {
  auto r = gk_test::check_corpus("real/official-template-2021-blank.docx");
  REQUIRE(r->report.format != nullptr);
  CHECK(r->report.format->id == "2021");
  CHECK(gk::read::layout_name(r->doc) == std::string("tab-separated"));

  // gridSpan and vMerge: a merged label leaves empty cells, the values stay in their columns.
  const std::string& text = r->text.str();
  CHECK(text.find("三、本年度办理结果\t（一）予以公开\t\t\t\t\t\t\t\t\n") != std::string::npos);
  CHECK(text.find("\n\t\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n") == std::string::npos);
  CHECK(text.find("\n\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n") != std::string::npos);
  CHECK(text.find("\n\t\t2.其他法律行政法规禁止公开\t") != std::string::npos);

  std::size_t missing_rules = 0, value_cells = 0;
  for (const gk::rules::Finding& f : r->findings) {
    INFO(f.rule << ": " << f.message);
    CHECK(f.rule != "section.missing");
    CHECK(f.rule != "table.missing");
    CHECK(f.rule != "table.row-missing");
    CHECK(f.rule != "table.column-count");
    if (f.rule == "table.cell-missing") missing_rules += f.summarised != 0 ? f.summarised : 1;
  }
  for (const gk::bind::BoundTable& t : r->report.tables) {
    INFO(t.spec->id);
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const gk::format::RowSpec& spec = t.spec->rows[i];
      INFO(spec.label);
      if (!spec.children.empty()) continue;  // group labels: their items carry the numbers
      CHECK(t.rows[i].source != nullptr);
      value_cells += t.rows[i].values.size();
    }
  }
  // Every number cell of the blank form is blank: 10 in 表二, 25 × 7 in 表三, 15 in 表四.
  CHECK(value_cells == 10 + 25 * 7 + 15);
  // One table.cell-missing a table (表二's four parts are one), not one a cell.
  CHECK(missing_rules == 3);
}

TEST_CASE("docx: tracked changes and bookmarks do not disturb the text", "[docx]") {
  auto r = gk_test::check_corpus("generated/variants/001-tracked-changes.docx");
  CHECK(finding_facts(*r) == gk_test::seed_facts("001_d37008fbb3c2afee"));
  const std::string& text = r->text.str();
  CHECK(text.find("此段已删除") == std::string::npos);  // a deleted paragraph
  CHECK(text.find("_GoBack") == std::string::npos);
  CHECK(text.find("999999") == std::string::npos);  // the deleted old values
}

TEST_CASE("docx: headings numbered by Word get their numbers from numbering.xml", "[docx]") {
  // 一、 to 五、 come from w:numPr (the paragraph's own or its style's), 6、 is typed.
  auto r = gk_test::check_corpus("generated/variants/001-numbered-headings.docx");
  CHECK(finding_facts(*r) == gk_test::seed_facts("001_d37008fbb3c2afee"));
  const std::string& text = r->text.str();
  CHECK(text.find("\n一、总体情况\n") != std::string::npos);
  CHECK(text.find("\n五、政务公开工作存在的主要问题\n") != std::string::npos);

  CHECK(gk::extract::format_number(1, "chineseCounting") == "一");
  CHECK(gk::extract::format_number(10, "chineseCounting") == "十");
  CHECK(gk::extract::format_number(12, "chineseCountingThousand") == "十二");
  CHECK(gk::extract::format_number(40, "chineseCounting") == "四十");
  CHECK(gk::extract::format_number(3, "decimal") == "3");
  CHECK(gk::extract::format_number(2, "decimalEnclosedCircle") == "②");
  CHECK(gk::extract::format_number(4, "upperRoman") == "IV");

  // A two-level list: the second level starts over under each first-level item.
  const std::string numbering =
      "<w:numbering xmlns:w='x'><w:abstractNum w:abstractNumId='3'>"
      "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='chineseCounting'/><w:lvlText w:val='%1、'/></w:lvl>"
      "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='chineseCounting'/><w:lvlText w:val='（%2）'/></w:lvl>"
      "<w:lvl w:ilvl='2'><w:start w:val='1'/><w:numFmt w:val='decimal'/><w:lvlText w:val='%3.'/></w:lvl>"
      "</w:abstractNum><w:num w:numId='7'><w:abstractNumId w:val='3'/>"
      "<w:lvlOverride w:ilvl='0'><w:startOverride w:val='2'/></w:lvlOverride></w:num></w:numbering>";
  gk::extract::DocxNumbering n(numbering, "");
  CHECK(n.next(7, 0, "") == "二、");
  CHECK(n.next(7, 1, "") == "（一）");
  CHECK(n.next(7, 1, "") == "（二）");
  CHECK(n.next(7, 2, "") == "1.");
  CHECK(n.next(7, 0, "") == "三、");
  CHECK(n.next(7, 1, "") == "（一）");
  CHECK(n.next(0, 0, "") == "");   // numId 0: numbering switched off
  CHECK(n.next(99, 0, "") == "");  // no such list
}

TEST_CASE("docx: a table holding a table is page layout", "[docx]") {
  auto r = gk_test::check_corpus("generated/variants/001-layout-table.docx");
  CHECK(finding_facts(*r) == gk_test::seed_facts("001_d37008fbb3c2afee"));
}

TEST_CASE("docx: extraction failures say what is wrong", "[docx]") {
  gk::extract::Extraction e = gk::extract::extract_docx("PK\x03\x04 not really a zip");
  CHECK(e.failure == gk::extract::Extraction::Failure::Corrupt);
  CHECK(e.problem.find("zip") != std::string::npos);
  CHECK(e.text.empty());
}
