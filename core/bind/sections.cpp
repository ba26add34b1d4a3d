#include "bind/sections.h"

#include "bind/label.h"
#include "read/line_scan.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "text/saturate.h"

namespace gk {

namespace {

// A heading title is short; longer text that starts with a numeral is a paragraph.
constexpr std::size_t kMaxTitleCodePoints = 30;
constexpr double kMinTitleSimilarity = 0.6;
constexpr double kMinUnnumberedSimilarity = 0.8;  // for markdown headings without numerals

int chinese_digit(char32_t c) {
  static const std::u32string digits = U"一二三四五六七八九十";
  std::size_t p = digits.find(c);
  return p == std::u32string::npos ? 0 : static_cast<int>(p) + 1;
}

int arabic_digit(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

struct Numbering {
  NumberStyle style = NumberStyle::None;
  int number = 0;
  std::size_t end = 0;  // byte offset in the line just after the numbering
};

// Reads "三、" "三." "3、" "（三）" "(3)" at the start of s.
Numbering read_numbering(std::string_view s) {
  Numbering n;
  std::size_t i = 0;
  if (s.empty()) return n;
  char32_t c = next_code_point(s, i);
  if (c == U'（' || c == '(') {
    int value = 0;
    while (i < s.size()) {
      char32_t d = next_code_point(s, i);
      if (int v = chinese_digit(d)) value = value == 10 ? 10 + v : add_capped(value, v);
      else if (int a = arabic_digit(d); a >= 0) value = shift_in_digit(value, a);
      else if ((d == U'）' || d == ')') && value > 0) return {NumberStyle::Paren, value, i};
      else break;
    }
    return n;
  }
  bool chinese = chinese_digit(c) > 0;
  bool arabic = arabic_digit(c) >= 0;
  if (!chinese && !arabic) return n;
  int value = chinese ? chinese_digit(c) : arabic_digit(c);
  while (i < s.size()) {
    char32_t d = next_code_point(s, i);
    if (chinese && chinese_digit(d)) { value = value == 10 ? 10 + chinese_digit(d) : shift_in_digit(value, 0); continue; }
    if (arabic && arabic_digit(d) >= 0) { value = shift_in_digit(value, arabic_digit(d)); continue; }
    if (d == U'、') return {chinese ? NumberStyle::ChineseComma : NumberStyle::Arabic, value, i};
    if (d == '.' || d == U'．' || d == U'，' || d == ',' || is_blank(d))
      return {chinese ? NumberStyle::ChineseOther : NumberStyle::Arabic, value, i};
    break;
  }
  return n;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Trailing punctuation a heading may carry: "二、主动公开政府信息情况。" "…情况：".
Span strip_trailing_punctuation(const SourceText& text, Span s) {
  static const std::string_view kTrail[] = {"。", "：", ":", "．", "."};
  for (bool again = true; again;) {
    again = false;
    std::string_view v = text.view(s);
    for (std::string_view t : kTrail) {
      if (v.size() >= t.size() && v.substr(v.size() - t.size()) == t) {
        s.end -= t.size();
        s = trim_span(text, s);
        again = true;
        break;
      }
    }
  }
  return s;
}

struct TitleMatch {
  int section = 0;
  double similarity = 0;  // to the official title
  bool keyword = false;   // holds one of the section's keywords
  bool exact = false;
};

// The section whose title the words name best: an exact title, then a keyword, then the
// closest wording.
TitleMatch match_title(const std::string& key, const Format& f) {
  TitleMatch best;
  double best_score = 0;
  for (const SectionSpec& s : f.sections) {
    TitleMatch m;
    m.section = s.number;
    std::string official = match_key(s.title);
    m.similarity = similarity(key, official);
    m.exact = key == official;
    for (const std::string& k : s.keywords) m.keyword = m.keyword || key.find(match_key(k)) != std::string::npos;
    double score = m.similarity + (m.keyword ? 1.0 : 0.0) + (m.exact ? 2.0 : 0.0);
    if (score > best_score) {
      best_score = score;
      best = m;
    }
  }
  return best;
}

// "（二）主动公开情况" inside 一、总体情况 is a sub-heading, not section 二: a heading not in
// the official style counts only where the officially styled headings leave room for it
// (no "二、" elsewhere, and in order among them).
std::vector<SectionHeading> keep_structural(const std::vector<SectionHeading>& found) {
  std::vector<SectionHeading> kept;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const SectionHeading& h = found[i];
    bool official = h.style == NumberStyle::ChineseComma || h.style == NumberStyle::ChineseOther;
    bool fits = true;
    for (std::size_t j = 0; j < found.size() && fits && !official; ++j) {
      const SectionHeading& o = found[j];
      if (o.style != NumberStyle::ChineseComma) continue;
      if (o.section == h.section) fits = false;
      else if (j < i && o.section > h.section) fits = false;
      else if (j > i && o.section < h.section) fits = false;
    }
    if (fits) kept.push_back(h);
  }
  return kept;
}

}  // namespace

std::vector<SectionHeading> find_sections(const Document& doc, const SourceText& text, const Format& format) {
  std::vector<SectionHeading> out;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    if (doc.blocks[b].kind != Block::Kind::Paragraph) continue;
    const Paragraph& p = doc.paragraphs[doc.blocks[b].index];
    Numbering num = read_numbering(p.text);
    Span title = trim_span(text, {p.span.begin + num.end, p.span.end});
    title = strip_trailing_punctuation(text, title);
    std::string_view words = text.view(title);
    if (words.empty() || code_points(words) > kMaxTitleCodePoints) continue;
    std::string key = match_key(words);
    if (key.find_first_of("0123456789") != std::string::npos) continue;  // a table row, not a title
    TitleMatch m = match_title(key, format);
    if (m.section == 0) continue;
    const bool keyword = m.keyword;
    const double plain = m.similarity;
    bool accepted = false;
    switch (num.style) {
      case NumberStyle::ChineseComma:
      case NumberStyle::ChineseOther:
        // A misnumbered heading must still read like its title, not merely share a word.
        accepted = num.number == m.section ? (keyword || plain >= kMinTitleSimilarity) : plain >= kMinTitleSimilarity;
        break;
      case NumberStyle::Arabic:
      case NumberStyle::Paren:
        // Body text numbers its points the same way; only the section's own number counts.
        accepted = num.number == m.section && (keyword || plain >= kMinTitleSimilarity);
        break;
      case NumberStyle::None:
        accepted = (p.heading_level > 0 && (keyword || plain >= kMinUnnumberedSimilarity)) || m.exact;
        break;
    }
    if (!accepted) continue;
    SectionHeading h;
    h.section = m.section;
    h.written = num.number;
    h.style = num.style;
    h.span = p.span;
    h.numeral = num.style == NumberStyle::None ? Span{p.span.begin, p.span.begin}
                                               : trim_span(text, {p.span.begin, p.span.begin + num.end});
    h.title = title;
    h.exact_title = m.exact;
    h.paragraph = doc.blocks[b].index;
    h.block = b;
    out.push_back(h);
  }
  return keep_structural(out);
}

}  // namespace gk
