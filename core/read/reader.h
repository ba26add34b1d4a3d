// Reads report text into a Document: plain text by the layout it detects there, the text an
// extractor wrote by the rows the extractor knows.
#pragma once
#include <string>
#include <vector>

#include "read/document.h"
#include "read/extracted_tables.h"
#include "text/enumerator.h"

namespace gk::read {

// What makes a line numbered "3、" (not "三、") a section heading in text from a PDF rather
// than a table label's fragment: the match keys (text/normalize.h) of the words that name
// the section of that number. The caller passes them (from the format data).
struct SectionWords {
  int number = 0;
  std::vector<std::string> keys;
};
using HeadingWords = std::vector<SectionWords>;

// Whether a numbered line's words name the section of its number ("四、政府信息公开行政复议…").
bool names_section(const text::LabelParts& label, const HeadingWords& headings);

Document read_document(const text::SourceText& text, const HeadingWords& headings);

// The text an extractor wrote, its rows as the extractor says (an HTML page, a .docx).
Document read_extracted(const text::SourceText& text, const ExtractedTables& tables,
                        const HeadingWords& headings = {});

// One reader per plain-text layout; read_document picks between them.
Document read_cell_per_line(const text::SourceText& text);
Document read_tab_separated(const text::SourceText& text);
Document read_pdf_text(const text::SourceText& text, Layout mode, const HeadingWords& headings);  // PdfLayout or PdfRaw
Document read_pipe_tables(const text::SourceText& text);

// Rows whose label and values the layout split over lines (or rows), joined into one row.
// A numbered line that names no section (`headings`) may be a label whose values follow.
Document join_wrapped_rows(Document doc, const text::SourceText& text, const HeadingWords& headings);

// A markdown pipe table's row ("| 规章 | 0 |") and its "|---|" line under the header.
bool is_pipe_row(const text::SourceText& text, text::Span line);
bool is_pipe_separator(const text::SourceText& text, text::Span line);

}  // namespace gk::read
