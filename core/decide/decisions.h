// A reviewer's decisions on findings, as the page exports them and the CLI reads them
// (--decisions FILE): per report key, per finding key (output/finding_key.h), 需修改
// (confirmed) or 无需修改 (accepted), with a comment. UTF-8 JSON:
//   {"gkcheck":"decisions","version":1,"reports":{"<report key>":{"title":"…","findings":
//     {"<finding key>":{"decision":"confirmed"|"accepted","comment":"…","rule":"<id>","place":"…"}}}}}
// An accepted finding leaves the error and warning counts and the exit status.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "check.h"

namespace gk::decide {

struct Entry {
  rules::Decision decision = rules::Decision::Open;
  std::string comment;
};

struct Decisions {
  // report key -> finding key -> entry
  std::map<std::string, std::map<std::string, Entry>> reports;
};

struct ReadDecisions {
  std::optional<Decisions> decisions;
  std::string error;  // what is wrong with the file, when decisions is empty
};

ReadDecisions read_decisions(std::string_view json);

// Gives each finding of r the decision and comment filed under its report's key and its own
// (none: open), and marks r as decided. Returns how many findings had one.
std::size_t apply_decisions(const Decisions& d, CheckResult& r);

}  // namespace gk::decide
