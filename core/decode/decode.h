// Bytes to UTF-8: the only place in gkcheck that knows about bytes and encodings.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gk {

// What the bytes are when they are no text at all (a PDF, a Word 97 file, an image, ...).
enum class BinaryKind { None, Pdf, Zip, OleDoc, Image, Other };

struct Decoded {
  std::string text;       // UTF-8, without any byte order mark
  std::string encoding;   // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
  bool bom = false;
  // Byte offsets in `text` of each U+FFFD that replaced bytes the encoding could not read.
  std::vector<std::size_t> replacements;
  BinaryKind binary = BinaryKind::None;
};

Decoded decode(std::string_view bytes);

// Reads bytes known to be UTF-8 (text handed over by the browser): no detection, and each
// invalid sequence still becomes U+FFFD.
Decoded decode_as_utf8(std::string_view bytes);

}  // namespace gk
