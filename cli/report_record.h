// What a batch keeps of each report once it is checked and written out: a few fields of
// fixed size (its names, body, year, counts), enough to pair the years at the end and to
// write the summary, whatever the report's size.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "check.h"

namespace gk::cli {

struct ReportRecord {
  std::string path;       // as given, to read it again ('-': standard input)
  std::string file;       // as the output names it
  std::string body;       // the body the report names (title, else signature); "" when none
  std::string body_key;   // the same normalised: what the years of one body are paired by
  int year = 0;           // the report's year; 0 when not found
  std::string input;      // text, html, docx, pdf
  std::string format;     // the official format's id; "" when none was recognised
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int open = 0;           // findings with no decision
  bool unreadable = false;  // not opened, not text, or a PDF that could not be read
};

// The record of a checked report: names, body, year, and its findings' counts.
ReportRecord record_of(const std::string& path, const CheckResult& r);

// Adds findings to a record's counts (the checks across reports add theirs at the end).
void count_findings(ReportRecord& record, const std::vector<rules::Finding>& findings);

}  // namespace gk::cli
