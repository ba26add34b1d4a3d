// --summary FILE.csv: one row per report for a spreadsheet, UTF-8 with a byte-order mark
// (which Excel and WPS need to read it as UTF-8), Chinese column headers, fields quoted as
// RFC 4180 says (a comma, a quote or a line break in a field: quoted, quotes doubled).
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "report_record.h"

namespace gk::cli {

// 文件,单位,年度,类型,格式,错误,提醒,提示,结论,待定 (the verdict: 可发布 with no error,
// 需修改 with some, 无法读取 when the file could not be read; 待定: findings not yet decided).
// files[i] is records[i]'s file.
void write_summary_csv(std::ostream& out, const std::vector<std::string>& files, const std::vector<ReportRecord>& records);

// The verdict a report's row gives.
const char* verdict(const ReportRecord& r);

}  // namespace gk::cli
