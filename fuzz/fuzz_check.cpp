// The whole check, bytes to JSON, as the CLI and the page run it: the JSON parses, every
// finding's place lies inside the text, and the findings come in text order.
#include <nlohmann/json.hpp>

#include "check.h"
#include "fuzz_support.h"
#include "output/json_output.h"
#include "output/text_output.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto r = gk::check_bytes(bytes, "fuzz.txt");
  for (const gk::rules::Finding& f : r->findings) {
    gkfuzz::require_span(r->text, f.span);
    for (gk::text::Span s : f.related) gkfuzz::require_span(r->text, s);
    GKFUZZ_REQUIRE(gkfuzz::valid_utf8(f.message));
  }
  for (std::size_t i = 1; i < r->findings.size(); ++i)
    GKFUZZ_REQUIRE(r->findings[i - 1].span.begin <= r->findings[i].span.begin);
  std::string json = gk::output::to_json({r.get()});
  auto parsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  GKFUZZ_REQUIRE(!parsed.is_discarded());
  const std::size_t units = r->text.utf16_length({0, r->text.str().size()});
  for (const auto& f : parsed["reports"][0]["findings"]) {
    GKFUZZ_REQUIRE(f["offset"].get<std::size_t>() + f["length"].get<std::size_t>() <= units);
    GKFUZZ_REQUIRE(f["line"].get<std::size_t>() >= 1 && f["column"].get<std::size_t>() >= 1);
  }
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(gk::output::to_text(*r)));
  // The same text handed over as a string (the page's check(text)).
  auto t = gk::check_text(bytes, "fuzz.txt");
  (void)gk::output::to_json({t.get()});
  return 0;
}
