#include "rules/labels.h"

namespace gk::rules {

using format::ColumnSpec, format::Format, format::RowSpec, format::SectionSpec, format::TableSpec;

std::string chinese_numeral(int number) {
  static const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  if (number >= 1 && number <= 10) return kDigits[number];
  return std::to_string(number);
}

std::string section_title(const Format& f, int number) {
  for (const SectionSpec& s : f.sections)
    if (s.number == number) return chinese_numeral(number) + "、" + s.title;
  return chinese_numeral(number) + "、";
}

std::string column_title(const TableSpec& t, std::size_t column) {
  const ColumnSpec& c = t.columns[column];
  if (c.group.empty() || t.column_titles_without_group) return c.label;  // 申请人 columns read alone
  return c.group + "·" + c.label;
}

std::string row_title(const TableSpec& t, std::size_t row) {
  const RowSpec& r = t.rows[row];
  if (r.unlabeled) return t.name;
  if (r.parent >= 0 && !t.rows[r.parent].children.empty() && t.rows[r.parent].parent >= 0)
    return t.rows[r.parent].label + "·" + r.label;
  return r.label;
}

std::string cell_title(const TableSpec& t, std::size_t row, std::size_t column) {
  if (t.rows[row].unlabeled) return "「" + column_title(t, column) + "」";
  return "「" + row_title(t, row) + "」行「" + column_title(t, column) + "」列";
}

std::string shown(std::string_view cell_text) {
  std::string out;
  for (char c : cell_text)
    if (c != '\n' && c != '\r' && c != '\t') out += c;
  return out;
}

}  // namespace gk::rules
