// The year a report covers, read from its title or its 统计期限 sentence.
#pragma once
#include <optional>

#include "read/document.h"

namespace gk {

std::optional<int> find_report_year(const Document& doc);

}  // namespace gk
