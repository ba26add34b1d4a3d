// How a batch writes each report as it is handed on (text lines or --format jsonl): on the
// worker threads, into strings that the calling thread writes out in order.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "check.h"

namespace gk::cli {

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  // What a checked report adds to standard output.
  virtual std::string report(const CheckResult& r) const = 0;
  // What the checks across reports gave a report (its findings hold only theirs; in JSON,
  // its text-reuse measure too), written after every report.
  virtual std::string across(const CheckResult& r) const = 0;
  // A file that could not be opened (named on stderr too).
  virtual std::string unreadable(const std::string& file, const std::string& problem) const = 0;
};

// file:line:column: severity: message [rule] lines, as for one file.
std::unique_ptr<ReportWriter> text_writer();

}  // namespace gk::cli
