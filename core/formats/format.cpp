#include "formats/format.h"

namespace gk::format {

int TableSpec::row_index(const std::string& id) const {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].id == id) return static_cast<int>(i);
  return -1;
}

int TableSpec::column_index(const std::string& id) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].id == id) return static_cast<int>(i);
  return -1;
}

const TableSpec* Format::table(const std::string& id) const {
  for (const TableSpec& t : tables)
    if (t.id == id) return &t;
  return nullptr;
}

}  // namespace gk::format
