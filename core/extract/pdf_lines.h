// A PDF's runs as lines of text: the runs of a page whose boxes sit on one baseline (within
// a tolerance: a label and its numbers sit a point or two apart), left to right, in pieces
// apart by gaps wider than a word space (a table's cells, or a row's parts).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/pdf_runs.h"

namespace gk::extract {

// Runs next to each other on a line, with no wider gap than a space between them: a cell.
struct PdfPiece {
  double left = 0, right = 0;
  std::vector<std::size_t> runs;  // into PdfRuns::runs, left to right
};

struct PdfLine {
  std::uint32_t page = 0;
  double top = 0, bottom = 0;
  double size = 0;  // the line's text size (its runs' largest)
  std::vector<PdfPiece> pieces;  // left to right
  double left() const { return pieces.front().left; }
  double right() const { return pieces.back().right; }
};

// The text size of a run: its font size, else its box's height (never 0).
double run_size(const PdfRun& run);

// The lines of every page, pages in order, each page's lines top to bottom. Runs with no
// text but blanks are left out.
std::vector<PdfLine> pdf_lines(const PdfRuns& runs);

}  // namespace gk::extract

namespace gk::extract {

// A line's text as the runs give it, its pieces apart by a space (for telling what a line
// is, not for the text shown).
std::string line_text(const PdfLine& line, const PdfRuns& runs);

}  // namespace gk::extract
