// The cell-per-line reader on any text: spans inside the text, cells that are their spans.
#include "decode/decode.h"
#include "fuzz_support.h"
#include "read/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gk::decode::Decoded d = gk::decode::decode_as_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  gk::text::SourceText text(std::move(d.text));
  gkfuzz::check_document(text, gk::read::read_cell_per_line(text));
  return 0;
}
