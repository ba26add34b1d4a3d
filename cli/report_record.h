// What a batch keeps of each report once it is checked and written out: a record of a few
// dozen bytes (its body, year, kind, format, counts; its file is the batch's list's), enough
// to pair the years at the end and to write the summary, whatever the report's size.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "check.h"

namespace gk::cli {

struct ReportRecord {
  std::string body;  // the body the report names (title, else signature); "" when none
  const format::Format* format = nullptr;  // the official format recognised (the catalogue's)
  std::int32_t year = 0;                   // the report's year; 0 when not found
  std::int32_t errors = 0;
  std::int32_t warnings = 0;
  std::int32_t infos = 0;
  std::int32_t open = 0;  // findings with no decision
  input::InputKind input = input::InputKind::Text;
  bool opened = false;      // false: the file could not be opened
  bool unreadable = false;  // not opened, not text, or a PDF that could not be read
};

// The record of a checked report: body, year, and its findings' counts.
ReportRecord record_of(const CheckResult& r);

// Adds findings to a record's counts (the checks across reports add theirs at the end).
void count_findings(ReportRecord& record, const std::vector<rules::Finding>& findings);

// The name the output gives a file of the command line ('-': "<stdin>").
std::string shown_name(const std::string& path);

}  // namespace gk::cli
