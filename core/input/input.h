// The input stage: recognises what the bytes are (text, an HTML page, a .docx, or a kind
// that is refused), and hands them to the decoder, extractor or reader for that kind. Each
// gives the text the findings point into; the Document is read from it once it sits in the
// check's SourceText (the Document's views point into that).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "input/input_facts.h"
#include "read/document.h"
#include "read/extracted_tables.h"
#include "read/reader.h"

namespace gk::input {

struct Input {
  InputFacts facts;
  std::string text;  // empty when refused
  // The table rows an extractor wrote into `text` (empty for plain text, whose layout the
  // reader detects).
  read::ExtractedTables tables;
  // A PDF's runs: where each run's text is in `text` (extract::kNoSpan: left out).
  std::vector<text::Span> pdf_runs;
};

// Bytes of any kind, recognised.
Input read_bytes(std::string_view bytes);
// The same, taking the bytes over: valid UTF-8 text is held once, not copied.
Input read_owned_bytes(std::string&& bytes);
// Text that is already UTF-8 (a paste): no recognition; a byte order mark is dropped.
Input read_utf8_text(std::string_view utf8);
Input read_owned_utf8_text(std::string&& utf8);
// An HTML page or fragment that is already UTF-8 (the clipboard's text/html).
Input read_html_utf8(std::string_view utf8);

// The Document of an input's text: the extractor's rows as they are, or the layout the
// text reader detects.
read::Document read_input_document(const text::SourceText& text, const read::ExtractedTables& tables,
                                   const read::HeadingWords& headings);

}  // namespace gk::input
