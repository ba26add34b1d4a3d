// HTML and .docx to the text the rest of the pipeline reads, and the table rows in it
// (see plain_text.h).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/extracted_tables.h"

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

}  // namespace gk::extract
