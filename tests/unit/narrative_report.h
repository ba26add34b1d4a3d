// A made-up report whose running text a test writes (section 一, 四's text, 六) around the
// synthetic 表三 (synthetic_report.h) and a 表四 of fifteen values, so the text rules can be
// tried against tables whose every sum holds.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "check.h"
#include "unit/synthetic_report.h"

namespace gk_test {

// 表四's values with every group's 总计 right: 行政复议 1 + 1 = 2, 未经复议直接起诉 1 = 1.
inline const std::string kReviewsWithCases = "1\t1\t0\t0\t2\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0";
inline const std::string kNoReviews = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0";

struct Narrative {
  std::string overview = "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。";
  std::vector<AppRow> applications = consistent_rows_2021();
  std::string reviews = kNoReviews;  // 表四's value row
  std::string reviews_text;          // a paragraph under 表四
  std::string problems = "一是公开内容不够全面；二是解读形式较为单一。下一步，我们将加强培训，提升公开质量。";
  std::string other = "本年度，本机关未收取信息处理费。";
  std::string fees = "0";  // 表二 行政事业性收费·本年收费金额（万元）
  std::string title;      // empty: the synthetic report's own title
  std::string signature = "某某区人民政府办公室\n2022年1月20日";
};

inline std::string narrative_report(const Narrative& n) {
  std::string t = build_report(n.applications).text;
  const std::string title_end = "年度报告\n";
  std::size_t p = t.find(title_end) + title_end.size();
  if (!n.title.empty()) {
    t.replace(0, p, n.title + "\n");
    p = n.title.size() + 1;
  }
  t.insert(p, "\n一、总体情况\n\n" + n.overview + "\n");
  const std::string regulations_end = "行政规范性文件\t2\t0\t5\n";
  t.insert(t.find(regulations_end) + regulations_end.size(),
           "第二十条第（五）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n行政许可\t4\t\t\n"
           "第二十条第（六）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n行政处罚\t0\t\t\n行政强制\t0\t\t\n"
           "第二十条第（八）项\t\t\t\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t" + n.fees + "\n");
  const std::string reviews_said = "本年度未发生政府信息公开行政复议、行政诉讼。\n";
  t.replace(t.find(reviews_said), reviews_said.size(),
            "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n"
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
            "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n" +
                n.reviews + "\n" + (n.reviews_text.empty() ? "" : "\n" + n.reviews_text + "\n"));
  t += "\n五、存在的主要问题及改进情况\n\n" + n.problems + "\n\n六、其他需要报告的事项\n\n" + n.other + "\n\n" +
       n.signature + "\n";
  return t;
}

// The findings of `rule` as "covered text|expected/actual" (or the covered text alone), in order.
inline std::vector<std::string> findings_of(const gk::CheckResult& r, const std::string& rule) {
  std::vector<std::string> v;
  for (const gk::rules::Finding& f : r.findings) {
    if (f.rule != rule) continue;
    std::string s(r.text.view(f.span));
    if (f.expected && f.actual) s += "|" + f.expected->str() + "/" + f.actual->str();
    v.push_back(s);
  }
  return v;
}

inline std::unique_ptr<gk::CheckResult> check_narrative(const Narrative& n) {
  return gk::check_text(narrative_report(n), "narrative.txt");
}

}  // namespace gk_test
