// Decoding any bytes: valid UTF-8 out, each replacement offset at a U+FFFD, and bytes that
// are valid UTF-8 come back unchanged. The input stage on the same bytes: the same for the
// text it checks, and nothing passed on as text when it refuses the bytes.
#include "decode/decode.h"
#include "fuzz_support.h"
#include "input/input.h"

namespace {

void require_replacements(const std::string& text, const std::vector<std::size_t>& replacements) {
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(text));
  for (std::size_t r : replacements) {
    GKFUZZ_REQUIRE(r + 3 <= text.size());
    GKFUZZ_REQUIRE(text.compare(r, 3, "\xEF\xBF\xBD") == 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const gk::decode::Decoded& d : {gk::decode::decode(bytes), gk::decode::decode_as_utf8(bytes)}) {
    require_replacements(d.text, d.replacements);
    if (d.not_text) GKFUZZ_REQUIRE(d.text.empty());
  }
  gk::decode::Decoded plain = gk::decode::decode_as_utf8(bytes);
  if (gkfuzz::valid_utf8(bytes)) {
    GKFUZZ_REQUIRE(plain.text == bytes);
    GKFUZZ_REQUIRE(plain.replacements.empty());
  }
  gk::input::Input in = gk::input::read_bytes(bytes);
  require_replacements(in.text, in.facts.replacements);
  if (in.facts.binary != gk::input::BinaryKind::None) GKFUZZ_REQUIRE(in.text.empty());
  return 0;
}
