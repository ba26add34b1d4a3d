#include "summary_csv.h"

namespace gk::cli {

namespace {

void field(std::string& out, const std::string& value, bool last = false) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    out += value;
  } else {
    out += '"';
    for (char c : value) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += last ? "\r\n" : ",";
}

const char* input_name(const std::string& input) {
  if (input == "html") return "网页";
  if (input == "docx") return "Word";
  if (input == "pdf") return "PDF";
  if (input == "text") return "文本";
  return "";
}

}  // namespace

const char* verdict(const ReportRecord& r) {
  if (r.unreadable) return "无法读取";
  return r.errors > 0 ? "需修改" : "可发布";
}

std::string summary_csv(const std::vector<ReportRecord>& records) {
  std::string out = "\xEF\xBB\xBF";
  for (const char* h : {"文件", "单位", "年度", "类型", "格式", "错误", "提醒", "提示", "结论"}) field(out, h);
  field(out, "待定", true);
  for (const ReportRecord& r : records) {
    field(out, r.file);
    field(out, r.body);
    field(out, r.year != 0 ? std::to_string(r.year) : "");
    field(out, input_name(r.input));
    field(out, r.format);
    field(out, std::to_string(r.errors));
    field(out, std::to_string(r.warnings));
    field(out, std::to_string(r.infos));
    field(out, verdict(r));
    field(out, std::to_string(r.open), true);
  }
  return out;
}

}  // namespace gk::cli
