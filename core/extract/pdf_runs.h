// Text placed on PDF pages: what pdf.js (in the page) and poppler (in the CLI) read from a
// PDF's text layer, in one form, so that both give the core the same input and the same
// findings. The core never parses a PDF itself: it reads these runs.
//
// The runs travel as text (the "runs text"), which is also a file kind of its own: the page's
// PDF worker writes it and hands it to the checker as a file's bytes, `gkcheck --dump-runs`
// writes it, the fuzz target and the tests read it. Its form, one record a line, fields apart
// by tabs:
//   %gkcheck-pdf-runs 1                     the first line: what this is, and the form's version
//   P <page width> <page height>            a page, in page order (points)
//   R <page> <x> <y> <w> <h> <size> <text>  a run on page <page> (0-based), in the order the
//                                           PDF's content gives it
//   X <reason> <detail>                     the PDF cannot be read: reason is no-text (a scan),
//                                           encrypted or damaged; detail is what pdf.js/poppler
//                                           said (may be empty). No R lines follow.
// Numbers are decimal with '.' (as JavaScript's and printf's %g write them). Tabs and line
// breaks inside a run's text are written as spaces.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gk::extract {

inline constexpr std::string_view kPdfRunsMagic = "%gkcheck-pdf-runs 1";

struct PdfPage {
  double width = 0;   // points
  double height = 0;
};

// One piece of text as the PDF places it: a glyph (Chromium's PDFs), a word (poppler) or a
// run of words (Word, WPS). Its box is in points with the origin at the page's top-left
// corner, y growing downwards: x, y is the box's top-left corner.
struct PdfRun {
  std::uint32_t page = 0;
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  double font_size = 0;
  std::string text;  // UTF-8 as the PDF's ToUnicode maps give it (radicals not yet folded)
};

struct PdfRuns {
  enum class Failure { None, NoText, Encrypted, Damaged } failure = Failure::None;
  std::string detail;  // what the PDF library said, when failure != None
  std::vector<PdfPage> pages;
  std::vector<PdfRun> runs;
};

}  // namespace gk::extract
