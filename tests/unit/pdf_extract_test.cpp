// A PDF's runs rebuilt as text: lines by baseline, cells by gaps, page furniture left out,
// radicals read as ideographs, each run's place in the text; runs texts that say the PDF
// cannot be read are refused with what to do.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "extract/extract.h"
#include "extract/pdf_furniture.h"
#include "extract/pdf_runs_text.h"
#include "output/json_output.h"
#include "text/normalize.h"
#include "text/radicals.h"
#include "unit/inputs_support.h"
#include "unit/pdf_layout_builder.h"

using gk::extract::PdfRun, gk::extract::PdfRuns, gk::text::Span;

namespace {

PdfRuns one_page() {
  PdfRuns r;
  r.pages.push_back({595, 842});
  return r;
}

void add(PdfRuns& r, double x, double y, const std::string& text, double size = 10, std::uint32_t page = 0) {
  r.runs.push_back({page, x, y, size * 0.5 * static_cast<double>(text.size() < 4 ? text.size() : text.size() / 3), size * 1.1, size, text});
}

std::string extracted(const PdfRuns& runs) {
  std::vector<Span> spans;
  return gk::extract::extract_pdf(runs, spans).text;
}

}  // namespace

TEST_CASE("pdf extract: runs on baselines a point apart are one line, cells apart by gaps", "[pdf]") {
  PdfRuns r = one_page();
  add(r, 50, 100, "规章");          // the label
  add(r, 200, 101.5, "12");         // its numbers, set a point and a half lower
  add(r, 250, 101.2, "3");
  add(r, 50, 130, "行政规范性文件");
  add(r, 200, 131.5, "4");
  add(r, 250, 131.5, "0");
  const auto e = [&] {
    std::vector<Span> spans;
    return gk::extract::extract_pdf(r, spans);
  }();
  CHECK(e.text == "规章\t12\t3\n行政规范性文件\t4\t0\n");
  CHECK(e.tables.rows.size() == 2);
}

TEST_CASE("pdf extract: numbers in narrow columns are cells of their own, words of a sentence are not", "[pdf]") {
  PdfRuns r = one_page();
  add(r, 50, 180, "行政复议");  // the header above them
  add(r, 150, 180, "行政诉讼");
  // Fifteen numbers a little over a word space apart (表四's row), glyph by glyph.
  double x = 50;
  for (int k = 0; k < 15; ++k) {
    for (char d : std::to_string(10 + k)) {
      r.runs.push_back({0, x, 200, 5, 11, 10, std::string(1, d)});
      x += 5;
    }
    x += 4;
  }
  // A sentence of words, poppler's way: Chinese and numbers apart by small gaps.
  r.runs.push_back({0, 50, 300, 40, 11, 10, "共收到"});
  r.runs.push_back({0, 92, 300, 10, 11, 10, "12"});
  r.runs.push_back({0, 104, 300, 20, 11, 10, "件。"});
  r.runs.push_back({0, 50, 340, 18, 11, 10, "PDF "});  // pdf.js ends a word with its space
  r.runs.push_back({0, 68, 340, 15, 11, 10, "file"});
  const std::string text = extracted(r);
  INFO(text);
  CHECK(text.find("10\t11\t12\t13\t14") != std::string::npos);
  CHECK(text.find("共收到12件。\n") != std::string::npos);
  CHECK(text.find("PDF file\n") != std::string::npos);
}

TEST_CASE("pdf extract: page numbers and running headers are left out, and map to no text", "[pdf]") {
  for (const char* number : {"-3-", "— 3 —", "第 3 页", "第3页 共5页", "3", "3/5"}) {
    INFO(number);
    CHECK(gk::extract::is_page_number(number));
  }
  for (const char* text : {"第3条", "共3件", "-3-4", "三、"}) CHECK_FALSE(gk::extract::is_page_number(text));

  PdfRuns r;
  for (std::uint32_t p = 0; p < 3; ++p) {
    r.pages.push_back({595, 842});
    add(r, 50, 30, "某某市人民政府办公室", 9, p);
    add(r, 60, 200, "正文第" + std::to_string(p + 1) + "页的一段文字。", 10, p);
    add(r, 290, 810, "第 " + std::to_string(p + 1) + " 页", 9, p);
  }
  std::vector<Span> spans;
  const auto e = gk::extract::extract_pdf(r, spans);
  // Nothing parts the lines but the furniture: one paragraph over three pages.
  CHECK(e.text == "正文第1页的一段文字。正文第2页的一段文字。正文第3页的一段文字。\n");
  REQUIRE(spans.size() == r.runs.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const bool body = i % 3 == 1;
    CHECK((spans[i].begin == gk::extract::kNoSpan.begin) == !body);
    if (body) CHECK(e.text.substr(spans[i].begin, spans[i].size()) == r.runs[i].text);
  }
}

TEST_CASE("pdf extract: a row of numbers at the foot of several pages is no page number", "[pdf]") {
  CHECK_FALSE(gk::extract::is_page_number("0 0 0"));
  PdfRuns r;
  for (std::uint32_t p = 0; p < 3; ++p) {
    r.pages.push_back({595, 842});
    add(r, 50, 700, "第" + std::to_string(p + 1) + "项事项", 10, p);
    for (int c = 0; c < 3; ++c) {
      add(r, 200 + 50 * c, 700, "1", 10, p);
      add(r, 200 + 50 * c, 790, "0", 10, p);  // a row whose label is on the next page
    }
  }
  const std::string text = extracted(r);
  INFO(text);
  CHECK(text.find("0\t0\t0\n") != std::string::npos);
}

TEST_CASE("pdf extract: radicals are read as the ideographs they stand for", "[pdf]") {
  CHECK(gk::text::radical_ideograph(U'⺠') == U'民');
  CHECK(gk::text::radical_ideograph(U'⻓') == U'长');
  CHECK(gk::text::radical_ideograph(U'⼈') == U'人');
  CHECK(gk::text::radical_ideograph(U'⽉') == U'月');
  CHECK(gk::text::radical_ideograph(U'民') == U'民');
  // Matching folds them too (text pasted from such a PDF).
  CHECK(gk::text::match_key("⼈⺠政府") == gk::text::match_key("人民政府"));
  PdfRuns r = one_page();
  double x = 50;
  for (const char* g : {"某", "市", "⼈", "⺠", "政", "府", "⼀", "⽉"}) {
    r.runs.push_back({0, x, 100, 10, 11, 10, g});
    x += 10;
  }
  CHECK(extracted(r) == "某市人民政府一月\n");
}

TEST_CASE("pdf extract: a label wrapped over lines beside its numbers is one cell", "[pdf]") {
  gk_test::PdfLayoutBuilder b;
  b.table({120, 40, 40}, {{"信息内容", "本年制发件数", "现行有效件数"},
                          {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3", "4"},
                          {"（三）不予公开", "5", "6"}});
  const std::string text = extracted(b.pdf_runs());
  INFO(text);
  CHECK(text.find("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t4\n") != std::string::npos);
  CHECK(text.find("（三）不予公开\t5\t6\n") != std::string::npos);
}

TEST_CASE("pdf extract: cells a quarter em apart (Chromium's table) are cells, spaces in prose are not", "[pdf]") {
  PdfRuns r = one_page();
  // One run per glyph, 12 pt: ideographs 12 wide, digits 7.6; cells 3 points apart.
  const auto put = [&](double x, double y, const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
      const bool digit = text[i] >= '0' && text[i] <= '9';
      const std::size_t n = digit ? 1 : 3;
      r.runs.push_back({0, x, digit ? y + 0.3 : y, digit ? 7.6 : 12.0, digit ? 14.0 : 15.6, 12, text.substr(i, n)});
      x += digit ? 7.6 : 12.0;
      i += n;
    }
  };
  put(36, 100, "信息内容");
  put(123, 100, "本年制发件数");
  put(198, 100, "现行有效件数");
  put(36, 130, "规章");
  put(123, 130, "0");
  put(198, 130, "2");
  put(36, 160, "行政规范性文件");  // ends at 120: its value 3 points on
  put(123, 160, "0");
  put(198, 160, "5");
  // Prose: a number between ideographs with a space's gap either side.
  put(36, 300, "报告期为");
  put(87.8, 300, "2021");
  put(122, 300, "年。");
  const std::string text = extracted(r);
  INFO(text);
  CHECK(text.find("信息内容\t本年制发件数\t现行有效件数\n规章\t0\t2\n行政规范性文件\t0\t5\n") != std::string::npos);
  CHECK(text.find("报告期为2021年。\n") != std::string::npos);
}

TEST_CASE("pdf extract: values stand under their header cells, blanks where a column has none", "[pdf]") {
  // 表四's shape: one row of values under header cells; two columns left blank.
  gk_test::PdfLayoutBuilder b;
  std::vector<std::string> header, values;
  for (int c = 0; c < 15; ++c) {
    header.push_back(c % 5 == 4 ? "总计" : "结果");
    values.push_back(c == 2 || c == 9 ? "" : std::to_string(c));
  }
  b.table(std::vector<double>(15, 32), {{"行政复议", "", "", "", "", "行政诉讼"}, header, values});
  const std::string text = extracted(b.pdf_runs());
  INFO(text);
  CHECK(text.find("0\t1\t\t3\t4\t5\t6\t7\t8\t\t10\t11\t12\t13\t14\n") != std::string::npos);
}

TEST_CASE("pdf input: refusals say what the PDF needs", "[pdf]") {
  struct Case {
    const char* runs;
    gk::input::BinaryKind kind;
    const char* says;
  };
  const Case cases[] = {
      {"%gkcheck-pdf-runs 1\nP\t595\t842\nX\tno-text\t\n", gk::input::BinaryKind::PdfNoText, "OCR"},
      {"%gkcheck-pdf-runs 1\nP\t595\t842\nP\t595\t842\n", gk::input::BinaryKind::PdfNoText, "扫描件"},
      {"%gkcheck-pdf-runs 1\nX\tencrypted\tPasswordException\n", gk::input::BinaryKind::PdfEncrypted, "不需要密码"},
      {"%gkcheck-pdf-runs 1\nX\tdamaged\tInvalid PDF structure\n", gk::input::BinaryKind::PdfDamaged,
       "PDF 解析器报告：Invalid PDF structure"},
  };
  for (const Case& c : cases) {
    INFO(c.runs);
    auto r = gk::check_bytes(c.runs, "report.pdf");
    CHECK(r->decoded.input == gk::input::InputKind::Pdf);
    CHECK(r->decoded.binary == c.kind);
    REQUIRE(r->findings.size() == 1);
    CHECK(r->findings[0].rule == "input.unreadable");
    CHECK(r->findings[0].message.find(c.says) != std::string::npos);
  }
}

TEST_CASE("pdf input: the JSON maps each run to its UTF-16 span of the text", "[pdf]") {
  PdfRuns r = one_page();
  add(r, 50, 100, "𠀀年报");  // a code point past the BMP: two UTF-16 units
  add(r, 50, 130, "第二行");
  add(r, 290, 820, "-1-");
  auto c = gk::check_bytes(gk::extract::write_pdf_runs_text(r), "r.pdf");
  const auto j = nlohmann::json::parse(gk::output::to_json({c.get()}));
  const auto& report = j["reports"][0];
  CHECK(report["input"] == "pdf");
  CHECK(report["text"] == "𠀀年报\n第二行\n");
  const auto& runs = report["pdf"]["runs"];
  REQUIRE(runs.size() == 3);
  CHECK(runs[0] == nlohmann::json::array({0, 4}));
  CHECK(runs[1] == nlohmann::json::array({5, 8}));
  CHECK(runs[2].is_null());
}

TEST_CASE("pdf input: bad runs texts never crash", "[pdf]") {
  const std::string cases[] = {
      "%gkcheck-pdf-runs 1\n",
      "%gkcheck-pdf-runs 1\nP\t1e308\t1e308\nR\t0\t1e308\t-1e308\t1e308\t1e308\t1e308\tx\nR\t0\t0\t0\t0\t0\t0\t1\n",
      "%gkcheck-pdf-runs 1\nP\t10\t10\nR\t0\t0\t0\t0\t0\t0\t\xff\xfe\tz\n",
      "%gkcheck-pdf-runs 1\nR\t0\t0\t0\t0\t0\t0\tno page\n",
  };
  for (const std::string& c : cases) {
    auto r = gk::check_bytes(c, "bad.pdf");
    CHECK(r != nullptr);
    (void)gk::output::to_json({r.get()});
  }
}
