// The CLI's poppler reader (cli/pdf_runs_reader.h): pages and runs in the runs' convention
// (points, origin at the top-left corner of the page as shown, y down), Chinese text as the
// PDF's ToUnicode maps give it, and each way a PDF cannot be read.
#include <catch2/catch.hpp>

#include <string>

#include "pdf_runs_reader.h"
#include "small_pdf.h"
#include "unit/support.h"

namespace {

using gk::cli::read_pdf_runs;
using gk::extract::PdfRun;
using gk::extract::PdfRuns;
using gk_test::small_pdf;
using gk_test::SmallPage;

const PdfRun* run_with(const PdfRuns& runs, const std::string& text) {
  for (const PdfRun& r : runs.runs)
    if (r.text.find(text) != std::string::npos) return &r;
  return nullptr;
}

// Whether the run's box holds the point (x, y), with a point of slack.
bool box_holds(const PdfRun& r, double x, double y) {
  return r.x - 1 <= x && x <= r.x + r.width + 1 && r.y - 1 <= y && y <= r.y + r.height + 1;
}

}  // namespace

TEST_CASE("pdf reader: a word's box from the page's top-left corner, y down", "[pdf-reader]") {
  const PdfRuns runs = read_pdf_runs(small_pdf({SmallPage{}}));
  REQUIRE(runs.failure == PdfRuns::Failure::None);
  REQUIRE(runs.pages.size() == 1);
  CHECK(runs.pages[0].width == Approx(600));
  CHECK(runs.pages[0].height == Approx(800));
  REQUIRE(runs.runs.size() == 1);
  const PdfRun& r = runs.runs[0];
  CHECK(r.text == "Hello");
  CHECK(r.page == 0);
  CHECK(r.font_size == Approx(20));
  // Baseline at 700 up from the bottom: 100 down from the top; the word starts at x 100.
  CHECK(r.x == Approx(100).margin(0.5));
  CHECK(box_holds(r, 101, 99));
  CHECK(r.height > 10);
  CHECK(r.height < 30);
  CHECK(r.width > 40);  // five letters of Helvetica at 20 pt: about 50
  CHECK(r.width < 60);
}

TEST_CASE("pdf reader: the crop box is the page", "[pdf-reader]") {
  SmallPage p;
  p.crop_box = "50 100 550 750";
  const PdfRuns runs = read_pdf_runs(small_pdf({p}));
  REQUIRE(runs.runs.size() == 1);
  CHECK(runs.pages[0].width == Approx(500));
  CHECK(runs.pages[0].height == Approx(650));
  // (100, 700) is 50 in from the crop box's left edge and 50 down from its top.
  CHECK(runs.runs[0].x == Approx(50).margin(0.5));
  CHECK(box_holds(runs.runs[0], 51, 49));
}

TEST_CASE("pdf reader: a page turned by /Rotate is read as it is shown", "[pdf-reader]") {
  for (int rotate : {90, 180, 270}) {
    INFO("/Rotate " << rotate);
    SmallPage p;
    p.rotate = rotate;
    const PdfRuns runs = read_pdf_runs(small_pdf({p}));
    REQUIRE(runs.runs.size() == 1);
    const PdfRun& r = runs.runs[0];
    CHECK(r.text == "Hello");
    const bool quarter = rotate != 180;
    CHECK(runs.pages[0].width == Approx(quarter ? 800 : 600));
    CHECK(runs.pages[0].height == Approx(quarter ? 600 : 800));
    // Where the word's first letter's baseline (100, 700 in the PDF) is shown.
    if (rotate == 90) CHECK(box_holds(r, 700, 101));   // turned clockwise: down the right half
    if (rotate == 180) CHECK(box_holds(r, 499, 701));  // upside down: near the bottom
    if (rotate == 270) CHECK(box_holds(r, 99, 499));   // turned anticlockwise: up the left half
    CHECK(r.x >= 0);
    CHECK(r.y >= 0);
    CHECK(r.x + r.width <= runs.pages[0].width);
    CHECK(r.y + r.height <= runs.pages[0].height);
  }
}

TEST_CASE("pdf reader: every page is listed, those without text too", "[pdf-reader]") {
  SmallPage blank;
  blank.content = "";
  const PdfRuns runs = read_pdf_runs(small_pdf({blank, SmallPage{}, blank}));
  REQUIRE(runs.failure == PdfRuns::Failure::None);
  CHECK(runs.pages.size() == 3);
  REQUIRE(runs.runs.size() == 1);
  CHECK(runs.runs[0].page == 1);
}

TEST_CASE("pdf reader: the real reports' pages, Chinese text and coordinates", "[pdf-reader]") {
  struct Real {
    const char* file;
    std::size_t pages;
  };
  for (const Real real : {Real{"real/hongze-district-2024.pdf", 5}, Real{"real/huaian-city-2024.pdf", 6}}) {
    INFO(real.file);
    const PdfRuns runs = read_pdf_runs(gk_test::read_corpus(real.file));
    REQUIRE(runs.failure == PdfRuns::Failure::None);
    REQUIRE(runs.pages.size() == real.pages);
    CHECK(runs.pages[0].width == Approx(595).margin(1));  // A4
    CHECK(runs.pages[0].height == Approx(842).margin(1));
    CHECK(runs.runs.size() > 300);
    CHECK(run_with(runs, "政府信息公开工作年度报告") != nullptr);
    CHECK(run_with(runs, "申请人情况") != nullptr);
    CHECK(run_with(runs, "（一）予以公开") != nullptr);
    for (const PdfRun& r : runs.runs) {
      REQUIRE(r.page < runs.pages.size());
      CHECK(r.x >= 0);
      CHECK(r.y >= 0);
      CHECK(r.x + r.width <= runs.pages[r.page].width + 1);
      CHECK(r.y + r.height <= runs.pages[r.page].height + 1);
      CHECK(r.font_size > 5);
      CHECK(r.font_size < 30);
    }
  }
}

TEST_CASE("pdf reader: a report Chromium printed has its glyphs' true size", "[pdf-reader]") {
  // Chromium prints CJK text in Type 3 fonts, whose size poppler guesses as twice the truth.
  const PdfRuns runs = read_pdf_runs(gk_test::read_corpus("generated/pdf/001_d37008fbb3c2afee.pdf"));
  REQUIRE(runs.failure == PdfRuns::Failure::None);
  CHECK(runs.pages.size() == 4);
  const PdfRun* heading = run_with(runs, "一、总体情况");
  const PdfRun* year = run_with(runs, "2021");  // a digit font (TrueType), whose size poppler knows
  REQUIRE(heading != nullptr);
  REQUIRE(year != nullptr);
  CHECK(heading->font_size == Approx(year->font_size).margin(0.5));
  CHECK(heading->height < 1.5 * heading->font_size);
  // Runs of one line and the next do not overlap.
  const PdfRun* first = run_with(runs, "按照《中华人民共和国政府信息公开条例》");
  const PdfRun* second = run_with(runs, "年度报告予以公布");
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  CHECK(first->y + first->height <= second->y + 0.5);
}

TEST_CASE("pdf reader: an owner password alone does not stop reading", "[pdf-reader]") {
  const PdfRuns plain = read_pdf_runs(gk_test::read_corpus("generated/pdf/001_d37008fbb3c2afee.pdf"));
  const PdfRuns owner = read_pdf_runs(gk_test::read_corpus("generated/pdf/owner-password.pdf"));
  REQUIRE(owner.failure == PdfRuns::Failure::None);
  REQUIRE(owner.runs.size() == plain.runs.size());
  for (std::size_t i = 0; i < owner.runs.size(); ++i) CHECK(owner.runs[i].text == plain.runs[i].text);
}

TEST_CASE("pdf reader: PDFs that cannot be read say why", "[pdf-reader]") {
  SECTION("a password to open it") {
    const PdfRuns r = read_pdf_runs(gk_test::read_corpus("generated/pdf/refuse/encrypted.pdf"));
    CHECK(r.failure == PdfRuns::Failure::Encrypted);
    CHECK(r.runs.empty());
  }
  SECTION("pictures of pages only: a scan") {
    const PdfRuns r = read_pdf_runs(gk_test::read_corpus("generated/pdf/refuse/scan.pdf"));
    CHECK(r.failure == PdfRuns::Failure::NoText);
    CHECK(r.pages.size() == 1);
    CHECK(r.runs.empty());
  }
  SECTION("cut short: what poppler said") {
    const PdfRuns r = read_pdf_runs(gk_test::read_corpus("generated/pdf/refuse/truncated.pdf"));
    CHECK(r.failure == PdfRuns::Failure::Damaged);
    CHECK(r.detail.find("trailer") != std::string::npos);
  }
  SECTION("garbage after %PDF") {
    std::string garbage = "%PDF-1.7\n";
    for (int i = 0; i < 5000; ++i) garbage += static_cast<char>((i * 7919) % 251);
    CHECK(read_pdf_runs(garbage).failure == PdfRuns::Failure::Damaged);
  }
  SECTION("no pages") {
    CHECK(read_pdf_runs(small_pdf({})).failure == PdfRuns::Failure::Damaged);
  }
  SECTION("nothing but the header") {
    CHECK(read_pdf_runs("%PDF-1.4\n").failure == PdfRuns::Failure::Damaged);
    CHECK(read_pdf_runs("").failure == PdfRuns::Failure::Damaged);
  }
}
