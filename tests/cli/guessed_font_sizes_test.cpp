// Font sizes poppler guesses (Type 3 fonts) are told by the font's full-width runs; sizes
// poppler knows are left as they are.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "guessed_font_sizes.h"

namespace {

using gk::extract::PdfRun;

PdfRun run(double x, double y, double w, double h, double size, std::string text) {
  PdfRun r;
  r.x = x, r.y = y, r.width = w, r.height = h, r.font_size = size, r.text = std::move(text);
  return r;
}

}  // namespace

TEST_CASE("guessed font sizes: a font twice too big is brought to its glyphs' advance", "[pdf-reader]") {
  // 12 pt ideographs poppler called 24 pt: boxes 31.2 tall from 0.95 em above the baseline
  // at 112.5; the digits (a TrueType font) are right.
  std::vector<PdfRun> runs = {run(62.25, 89.7, 48, 31.2, 24, "总体情况"), run(110.25, 101.361, 30.5, 13.97, 12, "2021"),
                              run(140.75, 89.7, 12, 31.2, 24, "年"), run(152.75, 89.7, 7, 31.2, 24, "a")};
  const std::vector<std::string> fonts = {"\t24", "DejaVu\t12", "\t24", "\t24"};
  gk::cli::correct_guessed_font_sizes(runs, fonts);
  CHECK(runs[0].font_size == Approx(12));
  CHECK(runs[0].height == Approx(15.6));
  CHECK(runs[0].y + runs[0].height * 0.95 / 1.3 == Approx(112.5).margin(0.01));  // the baseline stays
  CHECK(runs[0].x == Approx(62.25));
  CHECK(runs[0].width == Approx(48));
  CHECK(runs[1].font_size == Approx(12));  // another font: untouched
  CHECK(runs[1].y == Approx(101.361));
  CHECK(runs[2].font_size == Approx(12));
  CHECK(runs[3].font_size == Approx(12));  // the font's other runs follow it
}

TEST_CASE("guessed font sizes: letter spacing and known sizes are left alone", "[pdf-reader]") {
  // A justified line: 14 ideographs at 15.95 pt over 224 points; a title spaced out.
  std::vector<PdfRun> runs = {run(74, 200, 224, 15.9, 15.95, "国政府信息公开条例国令第一"),
                              run(100, 80, 70, 22, 21.95, "目录")};
  const std::vector<PdfRun> before = runs;
  gk::cli::correct_guessed_font_sizes(runs, {"FZFSK\t15.95", "FZXBSJW\t21.95"});
  for (std::size_t i = 0; i < runs.size(); ++i) {
    CHECK(runs[i].font_size == before[i].font_size);
    CHECK(runs[i].y == before[i].y);
    CHECK(runs[i].height == before[i].height);
  }
}

TEST_CASE("guessed font sizes: a font with no full-width run is left alone", "[pdf-reader]") {
  std::vector<PdfRun> runs = {run(10, 10, 50, 40, 30, "Hello"), run(10, 60, 10, 40, 30, "2")};
  gk::cli::correct_guessed_font_sizes(runs, {"\t30", "\t30"});
  CHECK(runs[0].font_size == 30);
  CHECK(runs[1].height == 40);
}
