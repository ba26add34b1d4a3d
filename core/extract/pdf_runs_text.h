// The runs text (see pdf_runs.h): written by the CLI's PDF reader and `--dump-runs`, read
// back by the input stage. The page's PDF worker writes the same form in JavaScript.
#pragma once
#include <string>
#include <string_view>

#include "extract/pdf_runs.h"

namespace gk::extract {

// Bytes that start with the runs text's first line.
bool is_pdf_runs_text(std::string_view bytes);

// Reads the runs text. Lines that do not parse (a field missing, a number that is not
// one, a run on a page not declared) are skipped: the rest is still read.
PdfRuns parse_pdf_runs_text(std::string_view text);

std::string write_pdf_runs_text(const PdfRuns& runs);

}  // namespace gk::extract
