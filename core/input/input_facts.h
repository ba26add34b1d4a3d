// What the input was, as the output reports it and the rules read it: its kind, why it is
// refused (if it is), and how its text was decoded.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace gk::input {

// What the user gave: text, or an HTML page, a .docx or a PDF (its runs text, which the
// page and the CLI write from the PDF) whose extracted text is checked.
enum class InputKind { Text, Html, Docx, Pdf };

// Why the bytes cannot be checked (None: they can): a PDF, an archive that is not a .docx,
// a Word 97 file, an encrypted .docx, an image, other binary data, or a damaged document
// (InputFacts::problem says what is wrong); a PDF read into runs that has no text layer (a
// scan), is encrypted, or that the PDF library could not read (InputFacts::problem holds
// what it said).
enum class BinaryKind { None, Pdf, Zip, OleDoc, EncryptedDocx, Image, Corrupt, Other, PdfNoText, PdfEncrypted, PdfDamaged };

const char* input_kind_name(InputKind kind);  // "text", "html", "docx", "pdf"

struct InputFacts {
  InputKind input = InputKind::Text;
  BinaryKind binary = BinaryKind::None;
  // What the extractor found wrong, in Chinese, when it could say; for PdfDamaged, what the
  // PDF library reported (may be empty).
  std::string problem;
  std::string encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" ("" when not decoded)
  bool bom = false;
  // Byte offsets in the checked text of each U+FFFD that replaced unreadable bytes.
  std::vector<std::size_t> replacements;
};

}  // namespace gk::input
