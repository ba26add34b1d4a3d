#include "output/pdf_map_json.h"

#include <cstdint>
#include <vector>

#include "extract/extract.h"

namespace gk::output {

using text::Span;

namespace {

bool left_out(Span s) { return s.begin == extract::kNoSpan.begin; }

}  // namespace

void put_pdf_map(JsonWriter& w, const CheckResult& r) {
  if (r.decoded.input != input::InputKind::Pdf || r.pdf_runs.empty()) return;
  // Every begin and end converted in one sweep of the text (text::PositionIndex).
  std::vector<std::size_t> bytes;
  bytes.reserve(r.pdf_runs.size() * 2);
  for (Span s : r.pdf_runs)
    if (!left_out(s)) {
      bytes.push_back(s.begin);
      bytes.push_back(s.end);
    }
  const text::PositionIndex index(r.text, std::move(bytes));
  auto utf16 = [&](std::size_t b) { return index.at(b).utf16; };
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
