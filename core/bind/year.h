// The year a report covers, read from its title or its 统计期限 sentence.
#pragma once
#include <optional>

#include "bind/sections.h"
#include "read/document.h"

namespace gk::bind {

// The title's year, else the 统计期限's, else the first year 一、总体情况 speaks of.
std::optional<int> find_report_year(const read::Document& doc, const std::vector<SectionHeading>& sections);

}  // namespace gk::bind
