// The JSON contract other tools read (see README): one document, one entry per report.
#pragma once
#include <string>
#include <vector>

#include "check.h"
#include "output/json_writer.h"

namespace gk::output {

// UTF-8 for the CLI; JsonText::Ascii (non-ASCII as \uXXXX) for the wasm binding.
std::string to_json(const std::vector<const CheckResult*>& results, JsonText text = JsonText::Utf8);

}  // namespace gk::output
