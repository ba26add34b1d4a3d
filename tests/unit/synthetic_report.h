// A compact, made-up report in the tab-separated layout (as copied from a web page, like
// seed 004): a section-二 table of the 2021 format and the applications table, whose rows
// and values a test can change one cell at a time. The builder records where each row and
// each value cell lands, so tests can assert line and column without counting by hand.
#pragma once
#include <array>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace gk_test {

struct AppRow {
  std::string id;      // the format's row id, for the test's bookkeeping only
  std::string labels;  // everything before the first value, tabs included
  std::array<std::string, 7> values;  // 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
};

// Column indexes of the applications table.
enum Col { kNatural = 0, kCommercial = 1, kResearch = 2, kPublicInterest = 3, kLegal = 4, kOtherOrg = 5, kTotal = 6 };

// The 2021 applications table with values every identity holds for:
//   新收 5 + 结转 1 = 办理 5 + 结转下年 1; 办理 = 予以公开 3 + 保护第三方 1 + 不掌握 1.
inline std::vector<AppRow> consistent_rows_2021() {
  using V = std::array<std::string, 7>;
  const V zero = {"0", "0", "0", "0", "0", "0", "0"};
  return {
      {"received", "一、本年新收政府信息公开申请数量\t\t", {"3", "1", "0", "0", "0", "1", "5"}},
      {"carried_in", "二、上年结转政府信息公开申请数量\t\t", {"1", "0", "0", "0", "0", "0", "1"}},
      {"disclosed", "三、本年度办理结果\t（一）予以公开\t", {"2", "1", "0", "0", "0", "0", "3"}},
      {"partly_disclosed", "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t", zero},
      {"withheld_1", "\t（三）不予公开\t1.属于国家秘密\t", zero},
      {"withheld_2", "\t\t2.其他法律行政法规禁止公开\t", zero},
      {"withheld_3", "\t\t3.危及“三安全一稳定”\t", zero},
      {"withheld_4", "\t\t4.保护第三方合法权益\t", {"1", "0", "0", "0", "0", "0", "1"}},
      {"withheld_5", "\t\t5.属于三类内部事务信息\t", zero},
      {"withheld_6", "\t\t6.属于四类过程性信息\t", zero},
      {"withheld_7", "\t\t7.属于行政执法案卷\t", zero},
      {"withheld_8", "\t\t8.属于行政查询事项\t", zero},
      {"unable_1", "\t（四）无法提供\t1.本机关不掌握相关政府信息\t", {"0", "0", "0", "0", "0", "1", "1"}},
      {"unable_2", "\t\t2.没有现成信息需要另行制作\t", zero},
      {"unable_3", "\t\t3.补正后申请内容仍不明确\t", zero},
      {"not_processed_1", "\t（五）不予处理\t1.信访举报投诉类申请\t", zero},
      {"not_processed_2", "\t\t2.重复申请\t", zero},
      {"not_processed_3", "\t\t3.要求提供公开出版物\t", zero},
      {"not_processed_4", "\t\t4.无正当理由大量反复申请\t", zero},
      {"not_processed_5", "\t\t5.要求行政机关确认或重新出具已获取信息\t", zero},
      {"other_1", "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t", zero},
      {"other_2", "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t", zero},
      {"other_3", "\t\t3.其他\t", zero},
      {"results_total", "\t（七）总计\t", {"3", "1", "0", "0", "0", "1", "5"}},
      {"carried_out", "四、结转下年度继续办理\t\t", {"1", "0", "0", "0", "0", "0", "1"}},
  };
}

inline AppRow& row(std::vector<AppRow>& rows, const std::string& id) {
  for (AppRow& r : rows)
    if (r.id == id) return r;
  throw std::runtime_error("no synthetic row " + id);
}

// Where a value cell is: 1-based line and code-point column.
struct CellPos {
  std::size_t line = 0;
  std::size_t column = 0;
  bool operator==(const CellPos& o) const { return line == o.line && column == o.column; }
};

struct SyntheticReport {
  std::string text;
  std::map<std::string, std::size_t> line;                  // row id -> line
  std::map<std::string, std::array<std::size_t, 7>> column;  // row id -> column of each value
  CellPos at(const std::string& id, int col) const { return {line.at(id), column.at(id)[col]}; }
};

inline std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

inline SyntheticReport build_report(const std::vector<AppRow>& rows, int year = 2021) {
  SyntheticReport r;
  std::vector<std::string> lines = {
      "某某区人民政府办公室" + std::to_string(year) + "年政府信息公开工作年度报告",
      "",
      "二、主动公开政府信息情况",
      "",
      "第二十条第（一）项\t\t\t",
      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
      "规章\t0\t0\t0",
      "行政规范性文件\t2\t0\t5",
      "",
      "三、收到和处理政府信息公开申请情况",
      "",
      "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计\t",
      "\t\t自然人\t法人或其他组织\t\t\t\t\t\t",
      "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t",
  };
  for (const AppRow& a : rows) {
    std::string l = a.labels;
    std::array<std::size_t, 7> cols{};
    for (std::size_t k = 0; k < a.values.size(); ++k) {
      if (k > 0) l += "\t";
      cols[k] = code_points(l) + 1;
      l += a.values[k];
    }
    lines.push_back(l);
    r.line[a.id] = lines.size();
    r.column[a.id] = cols;
  }
  lines.push_back("");
  lines.push_back("四、政府信息公开行政复议、行政诉讼情况");
  lines.push_back("");
  lines.push_back("本年度未发生政府信息公开行政复议、行政诉讼。");
  for (const std::string& l : lines) r.text += l + "\n";
  return r;
}

// The report's 表四 as a table (in place of the sentence that there were no cases): the
// grouped header on three lines, then the 15 values, cells split by tabs.
inline std::string with_reviews(std::string text, const std::array<std::string, 15>& values) {
  const std::string none = "本年度未发生政府信息公开行政复议、行政诉讼。\n";
  std::string table =
      "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n"
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
      "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
  for (std::size_t k = 0; k < values.size(); ++k) table += (k > 0 ? "\t" : "") + values[k];
  table += "\n";
  std::size_t at = text.find(none);
  if (at == std::string::npos) throw std::runtime_error("no 表四 sentence to replace");
  return text.replace(at, none.size(), table);
}

}  // namespace gk_test
