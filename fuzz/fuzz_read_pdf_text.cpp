// The PDF-text reader on any text, in both modes (the first byte picks -layout or -raw):
// spans inside the text, cells that are their spans.
#include "decode/decode.h"
#include "fuzz_support.h"
#include "read/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  gk::Layout mode = (data[0] & 1) ? gk::Layout::PdfRaw : gk::Layout::PdfLayout;
  gk::Decoded d = gk::decode_as_utf8(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  gk::SourceText text(std::move(d.text));
  gkfuzz::check_document(text, gk::read_pdf_text(text, mode));
  // And whatever layout read_document picks for it.
  gkfuzz::check_document(text, gk::read_document(text));
  return 0;
}
