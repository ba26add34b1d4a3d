// What the section rules share: the stretch of blocks each heading owns.
#pragma once
#include <cstddef>

#include "rules/rule.h"

namespace gk::rules {

// Blocks [begin, end) between heading i and the next heading (or the end of the document).
struct SectionBody {
  std::size_t begin = 0;
  std::size_t end = 0;
};

SectionBody section_body(const CheckContext& ctx, std::size_t heading);

// The sections rules judge only text that reads as a report: some heading or table found.
bool looks_like_report(const CheckContext& ctx);

}  // namespace gk::rules
