// The JSON contract other tools read (see README): one document, one entry per report.
#pragma once
#include <string>
#include <vector>

#include "check.h"
#include "output/json_writer.h"

namespace gk::output {

// UTF-8 for the CLI; JsonText::Ascii (non-ASCII as \uXXXX) for the wasm binding.
std::string to_json(const std::vector<const CheckResult*>& results, JsonText text = JsonText::Utf8);

// A line of --format jsonl (one JSON object and '\n', UTF-8): the report with every member
// to_json gives it, after "kind":"report".
std::string report_json_line(const CheckResult& r);
// A line "kind":"across": the report's file, its findings (the CLI leaves there only those
// the checks across reports gave) and its "reuse", when it has one.
std::string across_json_line(const CheckResult& r);

}  // namespace gk::output
