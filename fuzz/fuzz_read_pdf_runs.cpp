// The positioned-text reader on any bytes read as a runs text (extract/pdf_runs.h; the
// first line is put in front when missing): the rebuilt text is valid UTF-8, its rows and
// cells lie inside it, each run's span lies inside it or is none, and the whole check and
// its JSON run on it.
#include "check.h"
#include "extract/extract.h"
#include "extract/pdf_runs_text.h"
#include "fuzz_support.h"
#include "output/json_output.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!gk::extract::is_pdf_runs_text(bytes)) bytes = std::string(gk::extract::kPdfRunsMagic) + "\n" + bytes;
  const gk::extract::PdfRuns runs = gk::extract::parse_pdf_runs_text(bytes);
  std::vector<gk::text::Span> spans;
  const gk::extract::Extraction e = gk::extract::extract_pdf(runs, spans);
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(e.text));
  GKFUZZ_REQUIRE(spans.size() == runs.runs.size());
  for (gk::text::Span s : spans)
    GKFUZZ_REQUIRE(s.begin == gk::extract::kNoSpan.begin || (s.begin <= s.end && s.end <= e.text.size()));
  for (const gk::read::ExtractedTables::Row& row : e.tables.rows) {
    GKFUZZ_REQUIRE(row.line.begin <= row.line.end && row.line.end <= e.text.size());
    GKFUZZ_REQUIRE(row.first_cell + row.cell_count <= e.tables.cells.size());
    for (std::size_t c = row.first_cell; c < row.first_cell + row.cell_count; ++c)
      GKFUZZ_REQUIRE(row.line.begin <= e.tables.cells[c].begin && e.tables.cells[c].end <= row.line.end);
  }
  auto r = gk::check_bytes(bytes, "fuzz.pdf");
  GKFUZZ_REQUIRE(gkfuzz::valid_utf8(r->text.str()));
  for (const gk::rules::Finding& f : r->findings) gkfuzz::require_span(r->text, f.span);
  (void)gk::output::to_json({r.get()});
  return 0;
}
