// A file of the command line read and checked, as one worker of a batch does it.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "check.h"
#include "decide/decisions.h"

namespace gk::cli {

struct CheckedFile {
  std::unique_ptr<CheckResult> result;  // null when the file could not be read
  std::string problem;                  // why it was not read, or not as text ("" when it was)
};

// The stderr line for a file's problem: "gkcheck: FILE: problem".
std::string problem_line(const std::string& path, const CheckedFile& checked);

// What is done to a report's findings once it is checked: --decisions applied, then --certain
// leaves the findings to review out of the listing and of the exit status (in this order, so
// that a key's #2 counts the findings in text order, as the page does).
struct FindingFilter {
  bool certain_only = false;
  const decide::Decisions* decisions = nullptr;
};
void filter_findings(CheckResult& r, const FindingFilter& filter);

// Reads `path` ('-': the standard input's bytes, read once beforehand into `stdin_bytes`),
// a PDF through the isolated reader, checks it and filters its findings.
CheckedFile check_file(const std::string& path, const std::optional<std::string>& stdin_bytes, const FindingFilter& filter);

// The whole of a stream (false when it could not be read).
bool read_all(std::istream& in, std::string& out);

}  // namespace gk::cli
