// Bytes to UTF-8: the only place in gkcheck that knows about bytes and encodings.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gk {

// What the bytes are when they cannot be checked (a PDF, a Word 97 file, an image, ...).
// Zip: an archive that is not a .docx. Corrupt: a damaged .docx or page, Decoded::problem
// says what is wrong.
enum class BinaryKind { None, Pdf, Zip, OleDoc, EncryptedDocx, Image, Corrupt, Other };

// What the user gave: text, or an HTML page or .docx whose extracted text is `text`.
enum class InputKind { Text, Html, Docx };

struct Decoded {
  std::string text;       // UTF-8, without any byte order mark
  std::string encoding;   // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
  bool bom = false;
  // Byte offsets in `text` of each U+FFFD that replaced bytes the encoding could not read.
  std::vector<std::size_t> replacements;
  BinaryKind binary = BinaryKind::None;
  InputKind input = InputKind::Text;
  std::string problem;  // for BinaryKind::Corrupt and the like: what is wrong, in Chinese
};

const char* input_kind_name(InputKind kind);  // "text", "html", "docx"

Decoded decode(std::string_view bytes);
// The same, taking the bytes over: valid UTF-8 text becomes the decoded text without a copy
// (a 10 MB paste is held once, not twice).
Decoded decode_owned(std::string&& bytes);

// Reads bytes known to be UTF-8 (text handed over by the browser): no detection, and each
// invalid sequence still becomes U+FFFD.
Decoded decode_as_utf8(std::string_view bytes);
Decoded decode_as_utf8_owned(std::string&& bytes);

// An HTML page or clipboard fragment handed over as UTF-8 (the browser's text/html).
Decoded decode_html_utf8(std::string_view bytes);

}  // namespace gk
