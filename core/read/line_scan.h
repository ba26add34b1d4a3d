// Line-level helpers the plain-text readers share.
#pragma once
#include <string_view>

#include "text/source_text.h"

namespace gk::read {

// The span of s without leading and trailing blanks (ASCII, ideographic, no-break).
text::Span trim_span(const text::SourceText& text, text::Span s);

bool is_blank_line(const text::SourceText& text, text::Span line);

struct MarkedLine {
  text::Span content;     // the text without markup and surrounding blanks
  int heading_level = 0;  // number of leading '#' of a markdown heading, else 0
  bool markup = false;    // markdown heading markers or ** emphasis were removed
};

// Removes markdown heading markers, ** emphasis and Word's "[bookmark: ...]" anchors.
MarkedLine strip_markup(const text::SourceText& text, text::Span line);

// True when a line reads like a numbered heading ("三、", "（三）", "3、", "3.") rather
// than a word that continues a table cell broken over two lines.
bool looks_numbered(std::string_view line);

}  // namespace gk::read
