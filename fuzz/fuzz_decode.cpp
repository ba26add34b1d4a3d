// Decoding any bytes: valid UTF-8 out, each replacement offset at a U+FFFD, and bytes that
// are valid UTF-8 come back unchanged.
#include "decode/decode.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const gk::Decoded& d : {gk::decode(bytes), gk::decode_as_utf8(bytes)}) {
    GKFUZZ_REQUIRE(gkfuzz::valid_utf8(d.text));
    for (std::size_t r : d.replacements) {
      GKFUZZ_REQUIRE(r + 3 <= d.text.size());
      GKFUZZ_REQUIRE(d.text.compare(r, 3, "\xEF\xBF\xBD") == 0);
    }
    if (d.binary != gk::BinaryKind::None) GKFUZZ_REQUIRE(d.text.empty() || d.input != gk::InputKind::Text);
  }
  gk::Decoded plain = gk::decode_as_utf8(bytes);
  if (gkfuzz::valid_utf8(bytes)) {
    GKFUZZ_REQUIRE(plain.text == bytes);
    GKFUZZ_REQUIRE(plain.replacements.empty());
  }
  return 0;
}
