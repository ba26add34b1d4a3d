// Font sizes poppler guesses. For a Type 3 font (Chromium prints CJK text in Type 3 fonts)
// poppler cannot know the glyphs' scale without drawing them, and guesses it from one
// glyph's width: a 12 pt line comes out as 24 pt, its boxes twice as tall as the glyphs and
// overlapping the lines around them (pdf.js, which reads the text matrix, says 12).
// Ideographs and full-width forms advance by exactly one em in every CJK font, so the runs
// made of them tell a font's true size; the boxes of the whole font are scaled to it.
#pragma once
#include <string>
#include <vector>

#include "extract/pdf_runs.h"

namespace gk::cli {

// runs[i] was set in font fonts[i] (a name and poppler's size: what tells poppler's fonts
// apart). Each font whose full-width runs are far narrower per character than its size
// gets the size they show, and its runs' boxes are scaled to it about their baseline.
void correct_guessed_font_sizes(std::vector<extract::PdfRun>& runs, const std::vector<std::string>& fonts);

}  // namespace gk::cli
