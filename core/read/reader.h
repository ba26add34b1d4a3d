// Reads decoded report text into a Document, choosing the layout from the text itself.
#pragma once
#include "read/document.h"

namespace gk {

Document read_document(const SourceText& text);

// One reader per plain-text layout; read_document picks between them.
Document read_cell_per_line(const SourceText& text);
Document read_tab_separated(const SourceText& text);
Document read_pdf_text(const SourceText& text, Layout mode);  // PdfLayout or PdfRaw
Document read_pipe_tables(const SourceText& text);

// A markdown pipe table's row ("| 规章 | 0 |") and its "|---|" line under the header.
bool is_pipe_row(const SourceText& text, Span line);
bool is_pipe_separator(const SourceText& text, Span line);

}  // namespace gk
