#include "bind/sections.h"

#include <algorithm>

#include "bind/label.h"
#include "text/enumerator.h"
#include "read/line_scan.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "text/saturate.h"

namespace gk::bind {

using format::Format, format::SectionSpec;
using read::Block, read::Document, read::Paragraph, read::trim_span;
using text::add_capped, text::is_blank, text::left_out_of_key, text::match_key, text::more_code_points_than,
    text::next_code_point, text::nfkc_without_icu, text::parse_label, text::shift_in_digit, text::SourceText, text::Span;

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

// Whether match_key(words) could equal one of the titles, told from the first character
// and the length of the key (blanks and quotes left out) without building it. Characters
// whose NFKC is not one character for one (rare in running text) leave the answer to the key.
bool could_be_a_title(std::string_view words, const std::vector<SectionKeys>& sections) {
  std::size_t count = 0;
  char32_t first = 0;
  std::size_t i = 0;
  while (i < words.size()) {
    const char32_t source = next_code_point(words, i);
    const char32_t cp = nfkc_without_icu(source);
    if (cp == 0) {
      if (is_blank(source)) continue;  // NFKC of a blank is blanks, which the key leaves out
      return true;                     // NFKC not known here to be one for one
    }
    if (left_out_of_key(cp)) continue;
    if (count++ == 0) first = cp;
  }
  for (const SectionKeys& s : sections)
    if (s.title_cps.size() == count && !s.title.empty() && s.title_cps.size() > 0) {
      std::size_t j = 0;
      if (next_code_point(s.title, j) == first) return true;
    }
  return false;
}

// The section whose title the words name best: an exact title, then a keyword, then the
// closest wording.
TitleMatch match_title(const std::string& key, const std::vector<SectionKeys>& sections) {
  TitleMatch best;
  double best_score = 0;
  const std::vector<char32_t> cps = sorted_code_points(key);
  for (const SectionKeys& s : sections) {
    TitleMatch m;
    m.section = s.number;
    m.similarity = similarity(cps, s.title_cps);
    m.exact = key == s.title;
    for (const std::string& k : s.keywords) m.keyword = m.keyword || key.find(k) != std::string::npos;
    double score = m.similarity + (m.keyword ? 1.0 : 0.0) + (m.exact ? 2.0 : 0.0);
    if (score > best_score) {
      best_score = score;
      best = m;
    }
  }
  return best;
}

}  // namespace

std::vector<SectionKeys> section_keys(const Format& f) {
  std::vector<SectionKeys> out;
  for (const SectionSpec& s : f.sections) {
    SectionKeys k;
    k.number = s.number;
    k.title = match_key(s.title);
    k.title_cps = sorted_code_points(k.title);
    for (const std::string& w : s.keywords) k.keywords.push_back(match_key(w));
    out.push_back(std::move(k));
  }
  return out;
}

std::vector<std::string> table_row_keys(const Format& f) {
  std::vector<std::string> keys;
  for (const format::TableSpec& t : f.tables)
    for (const format::RowSpec& r : t.rows) {
      keys.push_back(parse_label(r.label).words);
      for (const std::string& v : r.variants) keys.push_back(parse_label(v).words);
    }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<HeadingLine> find_heading_lines(const Document& doc, const SourceText& text,
                                            const std::vector<SectionKeys>& sections,
                                            const std::vector<std::string>& row_keys) {
  std::vector<HeadingLine> out;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    if (doc.blocks[b].kind != Block::Kind::Paragraph) continue;
    const Paragraph& p = doc.paragraphs[doc.blocks[b].index];
    Numbering num = read_numbering(p.text);
    Span title = trim_span(text, {p.span.begin + num.end, p.span.end});
    title = strip_trailing_punctuation(text, title);
    std::string_view words = text.view(title);
    if (words.empty() || more_code_points_than(words, kMaxTitleCodePoints)) continue;
    // Plain text (no numbering, no markdown heading) is a heading only when it is a title
    // word for word: most paragraphs end here, before any similarity is computed, and most
    // of them before their key is worked out.
    const bool unnumbered = num.style == NumberStyle::None && p.heading_level == 0;
    if (unnumbered && !could_be_a_title(words, sections)) continue;
    std::string key = match_key(words);
    if (std::any_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;  // a table row, not a title
    if (std::binary_search(row_keys.begin(), row_keys.end(), key)) continue;  // a table row read as a paragraph
    if (unnumbered && std::none_of(sections.begin(), sections.end(), [&](const SectionKeys& s) { return s.title == key; }))
      continue;
    const bool official_style = num.style == NumberStyle::ChineseComma || num.style == NumberStyle::ChineseOther;
    TitleMatch m = match_title(key, sections);
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
    // A line numbered as the sections are is kept even when its title names none: the
    // outline's numbering is read from all of them.
    if (!accepted && !official_style) continue;
    HeadingLine line;
    SectionHeading& h = line.heading;
    h.section = accepted ? m.section : 0;
    h.written = num.number;
    h.style = num.style;
    h.span = p.span;
    h.numeral = num.style == NumberStyle::None ? Span{p.span.begin, p.span.begin}
                                               : trim_span(text, {p.span.begin, p.span.begin + num.end});
    h.title = title;
    h.exact_title = accepted && m.exact;
    h.paragraph = doc.blocks[b].index;
    h.block = b;
    line.similarity = accepted ? plain : 0;
    line.keyword = accepted && keyword;
    out.push_back(line);
  }
  return out;
}

}  // namespace gk::bind
