#include "output/pdf_map_json.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

#include "extract/extract.h"

namespace gk::output {

using text::Span;

namespace {

// The UTF-16 offset of each byte offset in `at` (which is sorted), in one sweep.
std::vector<std::size_t> utf16_offsets(const std::string& text, const std::vector<std::size_t>& at) {
  std::vector<std::size_t> out;
  out.reserve(at.size());
  std::size_t byte = 0, units = 0;
  for (std::size_t target : at) {
    target = std::min(target, text.size());
    for (; byte < target; ++byte) {
      const unsigned char c = static_cast<unsigned char>(text[byte]);
      if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
    }
    out.push_back(units);
  }
  return out;
}

bool left_out(Span s) { return s.begin == extract::kNoSpan.begin; }

}  // namespace

void put_pdf_map(JsonWriter& w, const CheckResult& r) {
  if (r.decoded.input != input::InputKind::Pdf || r.pdf_runs.empty()) return;
  // Every begin and end, sorted, converted in one sweep; then looked up by their place.
  std::vector<std::size_t> bytes;
  bytes.reserve(r.pdf_runs.size() * 2);
  for (Span s : r.pdf_runs)
    if (!left_out(s)) {
      bytes.push_back(s.begin);
      bytes.push_back(s.end);
    }
  std::sort(bytes.begin(), bytes.end());
  bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
  const std::vector<std::size_t> units = utf16_offsets(r.text.str(), bytes);
  auto utf16 = [&](std::size_t b) { return units[std::lower_bound(bytes.begin(), bytes.end(), b) - bytes.begin()]; };
  w.key("pdf");
  w.begin_object();
  w.key("runs");
  w.begin_array();
  for (Span s : r.pdf_runs) {
    if (left_out(s)) {
      w.null();
      continue;
    }
    w.begin_array();
    w.value(static_cast<std::int64_t>(utf16(s.begin)));
    w.value(static_cast<std::int64_t>(utf16(s.end)));
    w.end_array();
  }
  w.end_array();
  w.end_object();
}

}  // namespace gk::output
