#include "bind/year.h"

#include <string>

#include "text/normalize.h"

namespace gk::bind {

using read::Document, read::Paragraph;
using text::match_key;

namespace {

constexpr std::size_t kTitleParagraphs = 4;
constexpr std::size_t kOverviewParagraphs = 3;

// The first "YYYY年" in s (after NFKC and without blanks), for plausible years.
std::optional<int> first_year(const std::string& key, std::size_t from = 0) {
  static const std::string kYear = "年";
  for (std::size_t p = key.find(kYear, from); p != std::string::npos; p = key.find(kYear, p + 1)) {
    if (p < 4) continue;
    bool digits = true;
    int y = 0;
    for (std::size_t i = p - 4; i < p; ++i) {
      if (key[i] < '0' || key[i] > '9') { digits = false; break; }
      y = y * 10 + (key[i] - '0');
    }
    bool longer = p >= 5 && key[p - 5] >= '0' && key[p - 5] <= '9';
    if (digits && !longer && y >= 2000 && y <= 2100) return y;
  }
  return std::nullopt;
}

}  // namespace

std::optional<int> find_report_year(const Document& doc, const std::vector<SectionHeading>& sections) {
  // The title: one of the first paragraphs that names the report.
  for (std::size_t i = 0; i < doc.paragraphs.size() && i < kTitleParagraphs; ++i) {
    std::string key = match_key(doc.paragraphs[i].text);
    if (key.find("报告") == std::string::npos) continue;
    if (auto y = first_year(key)) return y;
  }
  // The statistics period: "统计期限为2021年1月1日至…".
  for (const Paragraph& p : doc.paragraphs) {
    std::string key = match_key(p.text);
    std::size_t at = key.find("统计期限");
    if (at == std::string::npos) continue;
    if (auto y = first_year(key, at)) return y;
  }
  // The overview: "2021年，在县委县政府的坚强领导下…".
  std::size_t from = 0;
  for (const SectionHeading& h : sections)
    if (h.section == 1) from = h.paragraph + 1;
  for (std::size_t i = from; i < doc.paragraphs.size() && i < from + kOverviewParagraphs; ++i)
    if (auto y = first_year(match_key(doc.paragraphs[i].text))) return y;
  return std::nullopt;
}

}  // namespace gk::bind
