// A plain listing of how the report's tables were bound to the format's rows: what a
// reviewer (or a developer) reads to see which cell gkcheck took for which row.
#pragma once
#include <string>

#include "check.h"

namespace gk::output {

std::string dump_tables(const CheckResult& result);

// The document as the reader saw it: paragraphs, and table rows as " | "-separated cells.
std::string dump_document(const CheckResult& result);

}  // namespace gk::output
