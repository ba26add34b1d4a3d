// A report read from a PDF's runs gives the findings its text gives: made-up reports laid out
// as a PDF would place them (tests/unit/pdf_layout_builder.h), one run per glyph or per
// word, with running headers, page numbers, wrapped labels and tables over page breaks; and
// the two real PDFs' runs (tests/pdf-runs) against their pdftotext text.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract/extract.h"
#include "extract/pdf_runs_text.h"
#include "unit/inputs_support.h"
#include "unit/pdf_layout_builder.h"
#include "unit/synthetic_report.h"

using gk_test::finding_facts, gk_test::PdfLayoutBuilder;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

// The column widths of a table of n cells: two tables of the 2021 format.
std::vector<double> widths_for(std::size_t n) {
  if (n == 10) return {40, 60, 110, 40, 40, 40, 40, 40, 40, 40};  // 表三: three label slots, seven values
  if (n == 15) return std::vector<double>(15, 32);                 // 表四
  return std::vector<double>(n, 440.0 / static_cast<double>(n));
}

// Tab-separated report text laid out: each run of lines with tabs a table.
// With `repeat_headers`, a table's rows above its first number are printed again at the top
// of each page it goes on to.
std::string lay_out(const std::string& text, PdfLayoutBuilder& b, bool repeat_headers = false) {
  std::vector<std::vector<std::string>> table;
  auto flush = [&] {
    if (table.empty()) return;
    // The text's rows may leave out trailing label slots: values go under the last columns.
    const std::vector<double> widths = widths_for(table.front().size());
    for (std::vector<std::string>& row : table) {
      std::size_t first_number = 0;
      while (first_number < row.size() && !PdfLayoutBuilder::number(row[first_number])) ++first_number;
      while (row.size() < widths.size()) row.insert(row.begin() + static_cast<std::ptrdiff_t>(first_number), "");
    }
    std::size_t header_rows = 0;
    while (repeat_headers && header_rows < table.size() &&
           std::none_of(table[header_rows].begin(), table[header_rows].end(), PdfLayoutBuilder::number))
      ++header_rows;
    b.table(widths, table, header_rows);
    table.clear();
  };
  for (const std::string& line : split(text, '\n')) {
    if (line.find('\t') != std::string::npos) {
      table.push_back(split(line, '\t'));
      continue;
    }
    if (line.empty()) continue;
    flush();
    b.paragraph(line);
  }
  flush();
  return b.runs_text();
}

std::string report_text() {
  std::string text = gk_test::build_report(gk_test::consistent_rows_2021()).text;
  text = gk_test::with_reviews(text, {"1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"});
  return text + "某某区人民政府办公室\n2022年1月20日\n";
}

}  // namespace

TEST_CASE("pdf report: a report laid out as runs gives its text's findings", "[pdf]") {
  const std::string text = report_text();
  const auto expected = finding_facts(*gk::check_text(text, "report.txt"));
  for (auto mode : {PdfLayoutBuilder::Runs::Word, PdfLayoutBuilder::Runs::Glyph}) {
    // The applications table on one page, or over two (its header printed again, or not).
    for (double page_height : {842.0, 420.0, 300.0}) {
      INFO("glyph runs: " << (mode == PdfLayoutBuilder::Runs::Glyph) << ", page height " << page_height);
      PdfLayoutBuilder b;
      b.runs = mode;
      b.page_height = page_height;
      b.header = "某某区人民政府信息公开年度报告";
      const std::string runs = lay_out(text, b, page_height == 300.0);
      auto r = gk::check_bytes(runs, "report.pdf");
      CHECK(r->decoded.input == gk::input::InputKind::Pdf);
      CHECK(finding_facts(*r) == expected);
      // The running header and the page numbers are not in the text.
      CHECK(r->text.str().find("-1-") == std::string::npos);
      CHECK(r->text.str().find("某某区人民政府信息公开年度报告") == std::string::npos);
    }
  }
}

TEST_CASE("pdf report: a broken sum is found in the cell where the PDF has it", "[pdf]") {
  auto rows = gk_test::consistent_rows_2021();
  gk_test::row(rows, "withheld_4").values[gk_test::kTotal] = "7";
  const std::string text = gk_test::build_report(rows).text;
  const auto expected = finding_facts(*gk::check_text(text, "report.txt"));
  REQUIRE(!expected.empty());
  PdfLayoutBuilder b;
  b.runs = PdfLayoutBuilder::Runs::Glyph;
  auto r = gk::check_bytes(lay_out(text, b), "report.pdf");
  INFO(r->text.str());
  CHECK(finding_facts(*r) == expected);
  // Each finding's span covers the runs that drew it: the run of the changed total is in
  // a finding's span.
  bool covered = false;
  for (const gk::rules::Finding& f : r->findings)
    for (gk::text::Span s : r->pdf_runs)
      covered = covered || (s.begin != gk::extract::kNoSpan.begin && s.begin >= f.span.begin && s.end <= f.span.end &&
                            r->text.view(s) == "7");
  CHECK(covered);
}

// The runs cut into one run per glyph, each a part of its run's width (as Chromium prints),
// and with `radicals` some ideographs written as the radicals such PDFs put in their text.
std::string per_glyph(const std::string& runs_text, bool radicals) {
  gk::extract::PdfRuns runs = gk::extract::parse_pdf_runs_text(runs_text);
  gk::extract::PdfRuns out;
  out.pages = runs.pages;
  const std::pair<std::string, std::string> kRadicals[] = {{"人", "⼈"}, {"民", "⺠"}, {"一", "⼀"}, {"月", "⽉"}, {"行", "⾏"}};
  for (const gk::extract::PdfRun& r : runs.runs) {
    std::vector<std::string> glyphs;
    for (std::size_t i = 0; i < r.text.size();) {
      std::size_t n = 1;
      while (i + n < r.text.size() && (static_cast<unsigned char>(r.text[i + n]) & 0xC0) == 0x80) ++n;
      glyphs.push_back(r.text.substr(i, n));
      i += n;
    }
    for (std::size_t k = 0; k < glyphs.size(); ++k) {
      gk::extract::PdfRun g = r;
      g.width = r.width / static_cast<double>(glyphs.size());
      g.x = r.x + g.width * static_cast<double>(k);
      g.text = glyphs[k];
      for (const auto& [ideograph, radical] : kRadicals)
        if (radicals && g.text == ideograph) g.text = radical;
      out.runs.push_back(std::move(g));
    }
  }
  return gk::extract::write_pdf_runs_text(out);
}

TEST_CASE("pdf report: the real PDFs' runs give their text versions' findings", "[pdf]") {
  // tests/pdf-runs/*.runs: made from tests/corpus/real/*.pdf with gkcheck --dump-runs
  // (poppler), one run per word (see tests/pdf-runs/README.md); the same cut into glyphs,
  // and with radicals for some ideographs.
  for (int variant = 0; variant < 3; ++variant) {
    for (const char* stem : {"huaian-city-2024", "hongze-district-2024"}) {
      INFO(stem << ", variant " << variant);
      std::string runs = gk_test::read_corpus(std::string("../pdf-runs/") + stem + ".runs");
      if (variant > 0) runs = per_glyph(runs, variant == 2);
      auto r = gk::check_bytes(runs, stem);
      auto t = gk_test::check_corpus(std::string("real/") + stem + ".pdf-layout.txt");
      CHECK(finding_facts(*r) == finding_facts(*t));
      std::vector<std::string> messages, text_messages;
      for (const auto& f : r->findings) messages.push_back(f.rule + " " + f.message);
      for (const auto& f : t->findings) text_messages.push_back(f.rule + " " + f.message);
      CHECK(messages == text_messages);
    }
  }
}
