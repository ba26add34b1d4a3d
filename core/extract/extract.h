// HTML, .docx and a PDF's runs to the text the rest of the pipeline reads, and the table rows in it
// (see plain_text.h).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/pdf_runs.h"
#include "read/extracted_tables.h"
#include "text/source_text.h"

namespace gk::extract {

struct Extraction {
  // Why nothing was extracted: NotDocx is a zip without word/document.xml.
  enum class Failure { None, NotDocx, Encrypted, Corrupt } failure = Failure::None;
  std::string text;       // valid UTF-8, one paragraph or table row a line
  read::ExtractedTables tables;  // the rows of `text` that are table rows, and their cells
  // Byte offsets in `text` of the U+FFFD written for bytes that were not UTF-8.
  std::vector<std::size_t> replacements;
  std::string problem;  // what is wrong, in Chinese for the user, when failure != None
};

// An HTML page or fragment, already decoded to UTF-8.
Extraction extract_html(std::string_view utf8);
// A .docx file's bytes (a zip holding word/document.xml).
Extraction extract_docx(std::string_view bytes);

// Where a PDF run's text went in the extracted text: kNoSpan when it was left out (page
// furniture, a blank run).
inline constexpr text::Span kNoSpan = {static_cast<std::size_t>(-1), static_cast<std::size_t>(-1)};
// A PDF's text as its runs place it (extract/pdf_runs.h), rebuilt: one line per paragraph
// line or table row, cells apart by tabs; `run_spans[i]` is where run i went.
Extraction extract_pdf(const PdfRuns& runs, std::vector<text::Span>& run_spans);

}  // namespace gk::extract
