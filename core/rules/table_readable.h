// Whether a bound table can be read row by row: when most of its rows are missing or carry
// the wrong number of values, the table as a whole did not survive (a PDF conversion that
// scrambled it): table.unreadable says so once and the row-level table rules keep quiet.
#pragma once
#include <cstddef>

#include "bind/format_catalogue.h"
#include "bind/report.h"

namespace gk::rules {

// A row is accounted for when it is written, when its group is written as one row in an
// older format's shape (format.outdated reports that), or when it is a group whose items are.
bool row_accounted_for(const bind::FormatCatalogue& formats, const bind::Report& r, const bind::BoundTable& t, int i);

struct TableReading {
  std::size_t rows = 0;        // the format's rows that carry values (rows without items)
  std::size_t missing = 0;     // of them, not found
  std::size_t misaligned = 0;  // found with more or fewer values than columns
  bool unreadable = false;
};

TableReading table_reading(const bind::FormatCatalogue& formats, const bind::Report& r, const bind::BoundTable& t);

inline bool table_unreadable(const bind::FormatCatalogue& formats, const bind::Report& r, const bind::BoundTable& t) {
  return table_reading(formats, r, t).unreadable;
}

}  // namespace gk::rules
