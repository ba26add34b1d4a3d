// How findings name sections, rows and columns in their messages.
#pragma once
#include <string>
#include <string_view>

#include "formats/format.h"

namespace gk::rules {

// "三、收到和处理政府信息公开申请情况"
std::string section_title(const format::Format& f, int number);
// "三、" for 3
std::string chinese_numeral(int number);
// "行政复议·结果维持" for grouped columns, else the label
std::string column_title(const format::TableSpec& t, std::size_t column);
// "（三）不予公开·1.属于国家秘密" for item rows, else the label
std::string row_title(const format::TableSpec& t, std::size_t row);
// "「（一）予以公开」行「自然人」列"; a cell of a table's one unlabeled row (表四) by its column alone
std::string cell_title(const format::TableSpec& t, std::size_t row, std::size_t column);
// A cell's text as a message quotes it: the line breaks of a wrapped cell removed.
std::string shown(std::string_view cell_text);

}  // namespace gk::rules
