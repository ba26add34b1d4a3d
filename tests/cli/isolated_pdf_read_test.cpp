// Reading a PDF in a child process: the answer passes through, and a reader that crashes or
// hangs becomes a damaged-PDF answer instead of taking the CLI with it.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <string>
#include <thread>

#include "extract/pdf_runs_text.h"
#include "isolated_pdf_read.h"
#include "pdf_runs_reader.h"
#include "small_pdf.h"
#include "unit/support.h"

namespace {

using gk::extract::parse_pdf_runs_text;
using gk::extract::PdfRuns;

}  // namespace

TEST_CASE("isolated read: the child's runs text is the answer", "[pdf-reader]") {
  const std::string text = gk::cli::read_pdf_runs_text_isolated(gk_test::small_pdf({gk_test::SmallPage{}}));
  const PdfRuns runs = parse_pdf_runs_text(text);
  CHECK(runs.failure == PdfRuns::Failure::None);
  REQUIRE(runs.runs.size() == 1);
  CHECK(runs.runs[0].text == "Hello");
}

TEST_CASE("isolated read: a large answer arrives whole", "[pdf-reader]") {
  const std::string pdf = gk_test::read_corpus("real/huaian-city-2024.pdf");
  const std::string text = gk::cli::read_pdf_runs_text_isolated(pdf);
  CHECK(text.size() > 20000);
  CHECK(text == gk::extract::write_pdf_runs_text(gk::cli::read_pdf_runs(pdf)));
}

TEST_CASE("isolated read: a reader that crashes gives a damaged PDF", "[pdf-reader]") {
  const PdfRuns runs = parse_pdf_runs_text(gk::cli::run_isolated(
      []() -> std::string {
        std::raise(SIGSEGV);
        return "";
      },
      10));
  CHECK(runs.failure == PdfRuns::Failure::Damaged);
  CHECK(runs.detail.find("crashed") != std::string::npos);
}

TEST_CASE("isolated read: a reader that does not finish is stopped at the limit", "[pdf-reader]") {
  const auto start = std::chrono::steady_clock::now();
  const PdfRuns runs = parse_pdf_runs_text(gk::cli::run_isolated(
      [] {
        std::this_thread::sleep_for(std::chrono::seconds(30));
        return std::string("%gkcheck-pdf-runs 1\n");
      },
      1));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  CHECK(runs.failure == PdfRuns::Failure::Damaged);
  CHECK(runs.detail.find("longer than 1 s") != std::string::npos);
}

TEST_CASE("isolated read: a reader that answers nothing gives a damaged PDF", "[pdf-reader]") {
  const PdfRuns runs = parse_pdf_runs_text(gk::cli::run_isolated([] { return std::string("not runs"); }, 10));
  CHECK(runs.failure == PdfRuns::Failure::Damaged);
}
