// --format jsonl: one JSON object a line, each with a "kind" as its first member:
//   "report"      a checked report: every member a report has in --json's "reports"
//   "unreadable"  a file that could not be opened: "file" and "problem"
//   "across"      after every report, for each report that has last year's among those
//                 checked: "file", the findings the checks across years give (cross.*) and
//                 its text-reuse measure "reuse"
// Lines are written as reports are handed on (in path order), so memory holds a few
// reports, not the batch.
#pragma once
#include <memory>

#include "report_writer.h"

namespace gk::cli {

std::unique_ptr<ReportWriter> jsonl_writer();

}  // namespace gk::cli
