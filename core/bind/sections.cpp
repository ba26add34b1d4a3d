#include "bind/sections.h"

#include <algorithm>

#include "bind/label.h"
#include "read/line_scan.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "text/saturate.h"

namespace gk::bind {

using format::Format, format::SectionSpec;
using read::Block, read::Document, read::Paragraph, read::trim_span;
using text::add_capped, text::is_blank, text::left_out_of_key, text::match_key, text::more_code_points_than,
    text::next_code_point, text::nfkc_without_icu, text::shift_in_digit, text::SourceText, text::Span;

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

// Sections a run of headings must repeat, in order, to be another copy of the report.
constexpr int kCopySections = 3;

bool in_official_style(const SectionHeading& h) {
  return h.style == NumberStyle::ChineseComma || h.style == NumberStyle::ChineseOther;
}

// Marks where another copy of the report's sections starts among `found` (those for which
// `counts` holds): a heading of a section the current copy already has, followed in
// increasing order by headings that repeat at least kCopySections of its sections.
template <typename Counts>
std::vector<bool> copy_starts(const std::vector<SectionHeading>& found, Counts counts) {
  std::vector<bool> starts(found.size(), false);
  unsigned seen = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!counts(found[i]) || found[i].section < 1 || found[i].section > 30) continue;
    const unsigned bit = 1u << found[i].section;
    if (seen & bit) {
      int last = 0, repeated = 0;
      for (std::size_t k = i; k < found.size(); ++k) {
        if (!counts(found[k])) continue;
        if (found[k].section <= last) break;
        last = found[k].section;
        if (last <= 30 && (seen & (1u << last))) ++repeated;
      }
      if (repeated >= kCopySections) {
        starts[i] = true;
        seen = 0;
      }
    }
    seen |= bit;
  }
  return starts;
}

// "（二）主动公开情况" inside 一、总体情况 is a sub-heading, not section 二: a heading not in
// the official style counts only where the officially styled headings (三、) of its copy of
// the report leave room for it (no "二、" elsewhere in the copy, and in order among them).
std::vector<SectionHeading> keep_structural(const std::vector<SectionHeading>& found) {
  auto comma = [](const SectionHeading& h) { return h.style == NumberStyle::ChineseComma; };
  std::vector<bool> starts = copy_starts(found, comma);
  std::vector<SectionHeading> kept;
  const std::size_t n = found.size();
  std::size_t begin = 0;
  while (begin < n) {
    // One copy: [begin, end).
    std::size_t end = begin + 1;
    while (end < n && !starts[end]) ++end;
    unsigned sections = 0;
    for (std::size_t j = begin; j < end; ++j)
      if (comma(found[j]) && found[j].section <= 30) sections |= 1u << found[j].section;
    // Lowest 三、-style section after each heading, highest before it.
    std::vector<int> lowest_after(end - begin + 1, 1 << 30);
    for (std::size_t j = end; j-- > begin;)
      lowest_after[j - begin] = std::min(lowest_after[j - begin + 1], comma(found[j]) ? found[j].section : 1 << 30);
    int highest_before = 0;
    for (std::size_t i = begin; i < end; ++i) {
      const SectionHeading& h = found[i];
      bool fits = in_official_style(h) ||
                  (!(h.section <= 30 && (sections & (1u << h.section))) && highest_before <= h.section &&
                   lowest_after[i - begin + 1] >= h.section);
      if (fits) kept.push_back(h);
      if (comma(h)) highest_before = std::max(highest_before, h.section);
    }
    begin = end;
  }
  std::vector<bool> copies = copy_starts(kept, [](const SectionHeading&) { return true; });
  for (std::size_t i = 0; i < kept.size(); ++i) kept[i].copy_start = copies[i];
  return kept;
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

std::vector<SectionHeading> find_sections(const Document& doc, const SourceText& text,
                                          const std::vector<SectionKeys>& sections) {
  std::vector<SectionHeading> out;
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
    if (unnumbered && std::none_of(sections.begin(), sections.end(), [&](const SectionKeys& s) { return s.title == key; }))
      continue;
    TitleMatch m = match_title(key, sections);
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

}  // namespace gk::bind
