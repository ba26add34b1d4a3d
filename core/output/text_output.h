// Findings as "file:line:column: severity: message [rule]" lines, for terminals and editors;
// the broken sums a suggested fix explains indented under it.
#pragma once
#include <string>

#include "check.h"

namespace gk::output {

std::string to_text(const CheckResult& result);

}  // namespace gk::output
