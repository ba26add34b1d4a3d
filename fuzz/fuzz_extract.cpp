// The HTML and .docx readers on any bytes (the first byte picks which): the whole check
// runs on what they extract, and the text it checks is valid UTF-8. (extract_html's own
// output need not be: it copies the bytes it is given; decode.cpp's from_html makes the
// text valid before anything reads it.)
#include "check.h"
#include "extract/extract.h"
#include "fuzz_support.h"
#include "output/json_output.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  gk::Extraction e = (data[0] & 1) ? gk::extract_docx(bytes) : gk::extract_html(bytes);
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(e.problem));
  auto r = (data[0] & 1) ? gk::check_bytes(bytes, "fuzz.docx") : gk::check_html(bytes, "fuzz.html");
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(r->text.str()));
  for (const gk::Finding& f : r->findings) gkfuzz::require_span(r->text, f.span);
  (void)gk::to_json({r.get()});
  return 0;
}
