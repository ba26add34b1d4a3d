#include "summary_csv.h"

namespace gk::cli {

namespace {

void field(std::ostream& out, const std::string& value, bool last = false) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    out << value;
  } else {
    out << '"';
    for (char c : value) {
      if (c == '"') out << '"';
      out << c;
    }
    out << '"';
  }
  out << (last ? "\r\n" : ",");
}

const char* input_name(const ReportRecord& r) {
  if (!r.opened) return "";
  switch (r.input) {
    case input::InputKind::Text: return "文本";
    case input::InputKind::Html: return "网页";
    case input::InputKind::Docx: return "Word";
    case input::InputKind::Pdf: return "PDF";
  }
  return "";
}

}  // namespace

const char* verdict(const ReportRecord& r) {
  if (r.unreadable) return "无法读取";
  return r.errors > 0 ? "需修改" : "可发布";
}

void write_summary_csv(std::ostream& out, const std::vector<std::string>& files, const std::vector<ReportRecord>& records) {
  out << "\xEF\xBB\xBF";
  for (const char* h : {"文件", "单位", "年度", "类型", "格式", "错误", "提醒", "提示", "结论"}) field(out, h);
  field(out, "待定", true);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ReportRecord& r = records[i];
    field(out, shown_name(files[i]));
    field(out, r.body);
    field(out, r.year != 0 ? std::to_string(r.year) : "");
    field(out, input_name(r));
    field(out, r.format != nullptr ? r.format->id : "");
    field(out, std::to_string(r.errors));
    field(out, std::to_string(r.warnings));
    field(out, std::to_string(r.infos));
    field(out, verdict(r));
    field(out, std::to_string(r.open), true);
  }
}

}  // namespace gk::cli
