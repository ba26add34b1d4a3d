// The PDF-text reader on any text, in both modes (the first byte picks -layout or -raw):
// spans inside the text, cells that are their spans.
#include "decode/decode.h"
#include "fuzz_support.h"
#include "read/reader.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  gk::read::Layout mode = (data[0] & 1) ? gk::read::Layout::PdfRaw : gk::read::Layout::PdfLayout;
  gk::decode::Decoded d = gk::decode::decode_as_utf8(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  gk::text::SourceText text(std::move(d.text));
  // Heading words as the format data gives them (check.cpp), for one section.
  static const gk::read::HeadingWords headings = {{3, {gk::text::match_key("收到和处理政府信息公开申请情况")}}};
  gkfuzz::check_document(text, gk::read::read_pdf_text(text, mode, headings));
  // And whatever layout read_document picks for it.
  gkfuzz::check_document(text, gk::read::read_document(text, headings));
  return 0;
}
