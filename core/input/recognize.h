// Telling what bytes are from how they start.
#pragma once
#include <string_view>

#include "input/input_facts.h"

namespace gk::input {

// What the first bytes say a file is: Zip (perhaps a .docx), a refused kind, or None (text,
// perhaps an HTML page, in some encoding).
BinaryKind sniff_magic(std::string_view bytes);

// HTML: markup first, and one of the tags a page or a clipboard fragment starts with near
// the start. Works on UTF-8 text and on the bytes of any ASCII-compatible encoding.
bool looks_like_html(std::string_view s);

}  // namespace gk::input
