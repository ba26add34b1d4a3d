// Reads a PDF in a child process with a time limit: poppler on a damaged or hostile file may
// crash, loop or take minutes, and none of that may take the CLI (and the other files of a
// batch) with it. The child writes the runs text; the parent only waits for it.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace gk::cli {

// How long one PDF may take: far above a long report's (a 5-page report takes 0.1 s, a
// few hundred pages a few seconds), far below a hang.
inline constexpr int kPdfSecondsAllowed = 60;

// The runs text (extract/pdf_runs.h) of the PDF's bytes, as read_pdf_runs gives it. When
// the reading crashes or outlasts the limit, a runs text with an X damaged line saying so.
std::string read_pdf_runs_text_isolated(std::string_view pdf_bytes, int seconds_allowed = kPdfSecondsAllowed);

// The same for any reader of bytes to runs text: run it in a child, wait at most
// seconds_allowed. What the CLI uses above, and what the tests crash and stall on purpose.
std::string run_isolated(const std::function<std::string()>& read, int seconds_allowed);

}  // namespace gk::cli
