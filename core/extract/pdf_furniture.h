// Page furniture: what a PDF prints on every page around the report's text (page numbers
// such as "-3-", "第 3 页", "第3页 共5页"; running headers and footers). It is no part of the
// report: left out of the rebuilt text, it neither splits a table continued on the next
// page nor reads as a paragraph.
#pragma once
#include <string_view>
#include <vector>

#include "extract/pdf_lines.h"

namespace gk::extract {

// Whether text (blanks and all) is a page number alone.
bool is_page_number(std::string_view text);

// [line]: the line is page furniture. `texts` holds each line's text.
std::vector<bool> page_furniture(const std::vector<PdfLine>& lines, const std::vector<std::string>& texts,
                                 const PdfRuns& runs);

}  // namespace gk::extract
