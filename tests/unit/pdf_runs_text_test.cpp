// The runs text's numbers: every form JavaScript and printf's %g write is read to the value it
// names; anything else leaves its line out instead of placing a run somewhere made up.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "extract/pdf_runs_text.h"

namespace {

// The x of the one run of a runs text whose run line carries `x`, or nothing when the line
// is not read.
std::optional<double> x_read(const std::string& x) {
  const gk::extract::PdfRuns runs =
      gk::extract::parse_pdf_runs_text("%gkcheck-pdf-runs 1\nP\t595\t842\nR\t0\t" + x + "\t10\t5\t12\t12\t字\n");
  if (runs.runs.size() != 1) return std::nullopt;
  return runs.runs[0].x;
}

}  // namespace

TEST_CASE("pdf runs text: decimal numbers as JavaScript and %g write them", "[pdf]") {
  CHECK(x_read("72") == Approx(72));
  CHECK(x_read("72.25") == Approx(72.25));
  CHECK(x_read("-3.5") == Approx(-3.5));
  CHECK(x_read("+4") == Approx(4));
  CHECK(x_read("0.005") == Approx(0.005));
  CHECK(x_read(".5") == Approx(0.5));
  CHECK(x_read("5.") == Approx(5));
  CHECK(x_read("1e-7") == Approx(1e-7));
  CHECK(x_read("1.5E+2") == Approx(150));
  CHECK(x_read("123456789012345678901234") == Approx(1.2345678901234568e23));
  CHECK(x_read("0.000000000000000000000000000001") == Approx(1e-30));
  CHECK(x_read("0") == Approx(0));
}

TEST_CASE("pdf runs text: a run whose number is not a decimal is left out", "[pdf]") {
  for (const char* bad : {"", "-", ".", "e5", "1e", "1e+", "12px", "0x10", "inf", "nan", "1,5", "1e400", " 7"})
    CHECK_FALSE(x_read(bad).has_value());
}

TEST_CASE("pdf runs text: what is written is read back", "[pdf]") {
  gk::extract::PdfRuns runs;
  runs.pages.push_back({595.28, 841.89});
  gk::extract::PdfRun r;
  r.page = 0;
  r.x = 56.693;
  r.y = 102.5;
  r.width = 0.000123;
  r.height = 12;
  r.font_size = 10.5;
  r.text = "表三";
  runs.runs.push_back(r);
  const gk::extract::PdfRuns back = gk::extract::parse_pdf_runs_text(gk::extract::write_pdf_runs_text(runs));
  REQUIRE(back.runs.size() == 1);
  CHECK(back.runs[0].x == Approx(56.693));
  CHECK(back.runs[0].width == Approx(0.000123));
  CHECK(back.runs[0].font_size == Approx(10.5));
  CHECK(back.pages[0].width == Approx(595.28));
}
