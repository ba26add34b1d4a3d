// The JSON contract other tools read (see README): one document, one entry per report.
#pragma once
#include <string>
#include <vector>

#include "check.h"

namespace gk {

std::string to_json(const std::vector<const CheckResult*>& results);

}  // namespace gk
