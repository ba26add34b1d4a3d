// Bytes to UTF-8 text: the only place in gkcheck that knows about encodings. What the
// bytes are (text, a page, a .docx, a PDF) is the input stage's question (input/).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gk::decode {

struct Decoded {
  std::string text;       // UTF-8, without any byte order mark
  std::string encoding;   // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
  bool bom = false;
  // Byte offsets in `text` of each U+FFFD that replaced bytes the encoding could not read.
  std::vector<std::size_t> replacements;
  // No encoding reads the bytes as text (mostly control bytes): text and encoding are empty.
  bool not_text = false;
};

Decoded decode(std::string_view bytes);
// The same, taking the bytes over: valid UTF-8 text becomes the decoded text without a copy
// (a 10 MB paste is held once, not twice).
Decoded decode_owned(std::string&& bytes);

// Reads bytes known to be UTF-8 (text handed over by the browser): no detection, and each
// invalid sequence still becomes U+FFFD.
Decoded decode_as_utf8(std::string_view bytes);
Decoded decode_as_utf8_owned(std::string&& bytes);

// An HTML page's bytes read in the GB family its <meta charset> names, as a browser would;
// nothing when the meta names no such charset, or when the bytes are valid UTF-8 with
// Chinese in them (a page re-saved as UTF-8 that kept its old meta): decode() reads those.
std::optional<Decoded> decode_by_meta_charset(std::string_view page);

}  // namespace gk::decode
