// A file of the command line read and checked, as one worker of a batch does it.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "check.h"

namespace gk::cli {

struct CheckedFile {
  std::unique_ptr<CheckResult> result;  // null when the file could not be read
  std::string problem;                  // why it was not read, or not as text ("" when it was)
};

// The stderr line for a file's problem: "gkcheck: FILE: problem".
std::string problem_line(const std::string& path, const CheckedFile& checked);

// Reads `path` ('-': the standard input's bytes, read once beforehand into `stdin_bytes`),
// a PDF through the isolated reader, and checks it; --certain leaves the findings to review out.
CheckedFile check_file(const std::string& path, const std::optional<std::string>& stdin_bytes, bool certain_only);

// --certain: the findings to review are left out of the listing and of the exit status.
void drop_to_review(CheckResult& r);

// The whole of a stream (false when it could not be read).
bool read_all(std::istream& in, std::string& out);

}  // namespace gk::cli
