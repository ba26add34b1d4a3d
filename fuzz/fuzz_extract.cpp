// The HTML and .docx readers on any bytes (the first byte picks which): the text they
// extract is valid UTF-8, and the whole check runs on it.
#include "check.h"
#include "extract/extract.h"
#include "fuzz_support.h"
#include "output/json_output.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  gk::Extraction e = (data[0] & 1) ? gk::extract_docx(bytes) : gk::extract_html(bytes);
  if (e.failure == gk::Extraction::Failure::None) GKFUZZ_REQUIRE(gkfuzz::valid_utf8(e.text));
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(e.problem));
  auto r = (data[0] & 1) ? gk::check_bytes(bytes, "fuzz.docx") : gk::check_html(bytes, "fuzz.html");
  (void)gk::to_json({r.get()});
  return 0;
}
