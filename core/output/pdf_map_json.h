// Where a PDF's runs went in the checked text, for the page to outline a finding's cells on
// the PDF's pages: the member "pdf": {"runs": [[begin, end] | null, ...]}, one entry per run
// of the runs text in its order, UTF-16 offsets into the report's "text".
#pragma once
#include "check.h"
#include "output/json_writer.h"

namespace gk::output {

// Writes the member "pdf" of the open report object (nothing for other inputs).
void put_pdf_map(JsonWriter& w, const CheckResult& r);

}  // namespace gk::output
