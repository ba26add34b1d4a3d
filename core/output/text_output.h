// Findings as "file:line:column: severity: message [rule]" lines, for terminals and editors;
// the broken sums a suggested fix explains indented under it.
#pragma once
#include <string>

#include "check.h"

namespace gk::output {

// The findings from index `first` on (the CLI lists those the checks across reports add on
// their own, after every report).
std::string to_text(const CheckResult& result, std::size_t first = 0);

}  // namespace gk::output
