// HTML and .docx to the plain text the rest of the pipeline reads (see plain_text.h).
#pragma once
#include <string>
#include <string_view>

namespace gk {

struct Extraction {
  // Why nothing was extracted: NotDocx is a zip without word/document.xml.
  enum class Failure { None, NotDocx, Encrypted, Corrupt } failure = Failure::None;
  std::string text;     // UTF-8, one paragraph or table row a line
  std::string problem;  // what is wrong, in Chinese for the user, when failure != None
};

// An HTML page or fragment, already decoded to UTF-8.
Extraction extract_html(std::string_view utf8);
// A .docx file's bytes (a zip holding word/document.xml).
Extraction extract_docx(std::string_view bytes);

}  // namespace gk
