// The HTML and .docx readers on any bytes (the first byte picks which): what they extract is
// valid UTF-8 (extract_html writes each invalid sequence of the bytes it is given as U+FFFD),
// their rows and cells lie inside it, and the whole check runs on it.
#include "check.h"
#include "extract/extract.h"
#include "fuzz_support.h"
#include "output/json_output.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  gk::extract::Extraction e = (data[0] & 1) ? gk::extract::extract_docx(bytes) : gk::extract::extract_html(bytes);
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(e.problem));
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(e.text));
  for (const gk::read::ExtractedTables::Row& row : e.tables.rows) {
    GKFUZZ_REQUIRE(row.line.begin <= row.line.end && row.line.end <= e.text.size());
    GKFUZZ_REQUIRE(row.first_cell + row.cell_count <= e.tables.cells.size());
    for (std::size_t c = row.first_cell; c < row.first_cell + row.cell_count; ++c)
      GKFUZZ_REQUIRE(row.line.begin <= e.tables.cells[c].begin && e.tables.cells[c].end <= row.line.end);
  }
  auto r = (data[0] & 1) ? gk::check_bytes(bytes, "fuzz.docx") : gk::check_html(bytes, "fuzz.html");
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(r->text.str()));
  for (const gk::rules::Finding& f : r->findings) gkfuzz::require_span(r->text, f.span);
  (void)gk::output::to_json({r.get()});
  return 0;
}
