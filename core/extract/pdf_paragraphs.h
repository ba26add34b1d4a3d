// Paragraphs a PDF wraps over several lines, joined back: the text shown is one paragraph a
// line, as for HTML and .docx, and a sentence or a number is never cut by a line break.
#pragma once
#include <vector>

#include "extract/pdf_lines.h"
#include "extract/pdf_runs.h"

namespace gk::extract {

// [line]: the line goes on the paragraph of the line before it: it follows it closely (or
// starts the next page), in its size, not indented, not numbered, and the line before
// reaches the text's right edge. A table's row between them parts them; page furniture does
// not.
std::vector<bool> paragraph_continuations(const std::vector<PdfLine>& lines, const std::vector<bool>& furniture,
                                          const std::vector<bool>& in_table, const PdfRuns& runs);

}  // namespace gk::extract
