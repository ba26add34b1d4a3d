// The CLI's native PDF reader: a PDF's text layer, read with poppler's C++ library, as the
// runs the core reads (extract/pdf_runs.h), the same form the page's pdf.js worker writes.
// Only the CLI links poppler: the core and its wasm build never see a PDF.
#pragma once
#include <string_view>

#include "extract/pdf_runs.h"

namespace gk::cli {

// The PDF's pages and text runs, in points, origin at the top-left corner of each page as
// it is shown (its crop box, turned by its /Rotate), y down. A PDF that cannot be read
// comes back with `failure` set: Encrypted (it needs a password to open), Damaged (poppler
// could not load it; `detail` is what poppler said) or NoText (no page carries any text: a
// scan). Never throws.
extract::PdfRuns read_pdf_runs(std::string_view pdf_bytes);

}  // namespace gk::cli
