// Checking the files of one command line: on a small pool of threads, handed on in the
// order the files are listed, then the checks across years, then the summary. The exit status:
// 0 no errors found, 1 errors found, 2 some file or folder could not be read (the others
// are still checked).
#pragma once
#include <string>
#include <vector>

#include "checked_file.h"

namespace gk::cli {

enum class OutputFormat {
  Text,   // file:line:column lines, written as reports are checked
  Json,   // one JSON document: every report held until the end
  Jsonl,  // one JSON object a line, written as reports are checked (jsonl_writer.h)
};

struct BatchOptions {
  OutputFormat format = OutputFormat::Text;
  bool certain_only = false;   // --certain
  bool tables = false;         // --tables
  bool document = false;       // --document
  bool progress = false;       // a progress line on stderr (a terminal, or --progress)
  unsigned threads = 1;        // --jobs
  std::string summary;         // --summary FILE.csv ("" none)
  const decide::Decisions* decisions = nullptr;  // --decisions FILE

  FindingFilter filter() const { return {certain_only, decisions}; }
};

int run_batch(const std::vector<std::string>& files, const BatchOptions& options);

}  // namespace gk::cli
