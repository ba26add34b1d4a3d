// meta.year: the report's year disagrees with its own dates. Four checks, each pointing at
// the characters that are wrong:
//   - a year in the 统计期限 sentence other than the report's year;
//   - a malformed year such as "202020年" or "20211年", anywhere in the text;
//   - a signing date that is not in the year after the report's year;
//   - 一、总体情况 opening with "YYYY年，" for another year (last year's text kept).
#include <optional>
#include <string>

#include "rules/section_rules_common.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::rules {

using read::Block, read::Paragraph;
using text::find_bytes, text::has_at, text::is_blank, text::next_code_point, text::nfkc_single,
    text::normalize, text::normalize_into, text::NormalizedText, text::Quantity, text::SourceText, text::Span;

namespace {

// Longest digit run read as a malformed year: longer runs are other numbers.
constexpr std::size_t kMaxMalformedDigits = 8;
// How much text is read for a year: code points, and the most source bytes (blanks included).
struct Window {
  std::size_t code_points;
  std::size_t bytes;
};
// The 统计期限 sentence when it has no 。, from the term on.
constexpr Window kPeriodWindow{60, 4096};
// 总体情况's first paragraph, for the year it opens with (code points that are not blanks).
constexpr Window kOpeningWindow{64, 1024};

const char* const kPeriodTerms[] = {"统计期限", "统计期间", "统计时限"};

// Normalised text without blanks (line breaks included), each byte knowing its source byte.
struct Compact {
  std::string s;
  std::vector<std::size_t> origin;
};

Compact compact(const SourceText& text, Span span) {
  NormalizedText n = normalize(text.view(span), span.begin);
  Compact c;
  c.s.reserve(n.text.size());
  c.origin.reserve(n.text.size());
  for (std::size_t i = 0; i < n.text.size();) {
    std::size_t start = i;
    char32_t cp = next_code_point(n.text, i);
    if (is_blank(cp)) continue;
    for (std::size_t b = start; b < i; ++b) {
      c.s.push_back(n.text[b]);
      c.origin.push_back(n.origin[start]);
    }
  }
  return c;
}

// The source byte just past the code point that starts at `offset`.
std::size_t source_end(const SourceText& text, std::size_t offset) {
  std::size_t i = offset;
  if (i < text.str().size()) next_code_point(text.str(), i);
  return i;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int chinese_digit(char32_t c) {
  if (c == U'〇' || c == U'零' || c == U'○') return 0;
  static const std::u32string digits = U"一二三四五六七八九";
  std::size_t p = digits.find(c);
  return p == std::u32string::npos ? -1 : static_cast<int>(p) + 1;
}

struct YearMention {
  int year = 0;
  Span span;              // the digits and 年, in the source
  std::size_t begin = 0;  // the same in the compact text
  std::size_t end = 0;
};

// Four-digit years ("2021年", "二〇二一年") in c.s[from, to).
std::vector<YearMention> years_in(const SourceText& text, const Compact& c, std::size_t from, std::size_t to) {
  static const std::string kNian = "年";
  std::vector<YearMention> out;
  for (std::size_t p = c.s.find(kNian, from); p != std::string::npos && p < to; p = c.s.find(kNian, p + 1)) {
    std::size_t b = p;
    int value = 0;
    bool arabic = p >= 4;
    for (std::size_t i = p - (arabic ? 4 : 0); arabic && i < p; ++i) arabic = is_digit(c.s[i]);
    if (arabic && !(p >= 5 && is_digit(c.s[p - 5]))) {
      b = p - 4;
      for (std::size_t i = b; i < p; ++i) value = value * 10 + (c.s[i] - '0');
    } else {
      // Chinese numerals, three bytes each.
      if (p < 12) continue;
      b = p - 12;
      std::size_t i = b;
      bool ok = true;
      for (int k = 0; k < 4 && ok; ++k) {
        int d = chinese_digit(next_code_point(c.s, i));
        ok = d >= 0;
        value = value * 10 + d;
      }
      if (!ok || i != p) continue;
      if (b >= 3) {
        std::size_t j = b - 3;
        if (chinese_digit(next_code_point(c.s, j)) >= 0) continue;
      }
    }
    out.push_back({value, {c.origin[b], source_end(text, c.origin[p])}, b, p + kNian.size()});
  }
  return out;
}

std::string year_text(int y) { return std::to_string(y) + "年"; }

Finding year_finding(const Rule& self, Span at, int expected, int actual, std::string message) {
  Finding f = make_finding(self, at, std::move(message));
  f.expected = Quantity::of(expected);
  f.actual = Quantity::of(actual);
  return f;
}

// Where a window of text from `pos` ends: after `code_points` code points that are not
// blanks, or at `limit`, whichever comes first (never inside a code point).
std::size_t window_end(const std::string& src, std::size_t pos, std::size_t limit, std::size_t code_points) {
  std::size_t end = pos, kept = 0;
  while (end < limit && kept < code_points) {
    std::size_t next = end;
    char32_t cp = next_code_point(src, next);
    if (next > limit) break;
    if (!is_blank(cp)) ++kept;
    end = next;
  }
  return end;
}

// Every year the 统计期限 sentence names must be the report's year. Each term starts with 统:
// the text is read, blanks removed, in a window from each 统 (not as a whole, which took a
// normalised copy of the entire text and its offsets: five times its size).
void check_period(const Rule& self, const CheckContext& ctx, int year, Findings& out) {
  const SourceText& text = ctx.text;
  const std::string& src = text.str();
  for (std::size_t pos = find_bytes(src, "统"); pos != std::string::npos; pos = find_bytes(src, "统", pos + 3)) {
    // The window: the term and the code points after it, blanks not counted (NFKC only ever
    // adds code points), within the window's bytes.
    const std::size_t end =
        window_end(src, pos, std::min(src.size(), pos + kPeriodWindow.bytes), kPeriodWindow.code_points + 8);
    Compact c = compact(text, {pos, end});
    for (const char* term : kPeriodTerms) {
      const std::string t = term;
      if (c.s.compare(0, t.size(), t) != 0) continue;
      const std::size_t at = 0;
      std::size_t from = at + t.size();
      std::size_t to = from;
      for (std::size_t n = 0; to < c.s.size() && n < kPeriodWindow.code_points; ++n) {
        if (c.s.compare(to, 3, "。") == 0) break;
        next_code_point(c.s, to);
      }
      for (const YearMention& m : years_in(text, c, from, to)) {
        if (m.year == year) continue;
        out.push_back(year_finding(self, m.span, year, m.year,
                                   "统计期限写的是" + year_text(m.year) + "，与报告年度（" + year_text(year) +
                                       "）不符；统计期限应为" + year_text(year) + "1月1日至12月31日"));
      }
    }
  }
}

// "202020年", "20211年": five to eight digits that start like a year, then 年.
void check_malformed_in(const Rule& self, const CheckContext& ctx, std::optional<int> year, const NormalizedText& n,
                        Findings& out) {
  const SourceText& text = ctx.text;
  const std::string& s = n.text;
  static const std::string kNian = "年";
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    std::size_t digits = i - b;
    if (digits < 5 || digits > kMaxMalformedDigits) continue;
    if (!has_at(s, b, "20") && !has_at(s, b, "19")) continue;
    if (b > 0 && (s[b - 1] == '.' || s[b - 1] == '-')) continue;  // part of a decimal or a code
    std::size_t k = i;
    while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
    if (s.compare(k, kNian.size(), kNian) != 0) continue;
    Span at{n.origin[b], source_end(text, n.origin[k])};
    std::string written = s.substr(b, digits) + "年";
    std::string message = "年份“" + written + "”有误，年份应为四位数字";
    if (year) message += "（本报告为" + year_text(*year) + "度报告）";
    out.push_back(make_finding(self, at, message));
  }
}

// Whether a line's NFKC may hold five digits in a row. Code points whose NFKC is a single
// code point are told apart as digits or not; any other may turn into digits (①, ⒈, ㏠).
bool may_hold_five_digits(std::string_view s) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t nfkc = static_cast<unsigned char>(s[i]);
    if (nfkc < 0x80) {
      ++i;
    } else if (nfkc >= 0xE4 && nfkc <= 0xE9) {  // U+4000..U+9FFF: ideographs, their own NFKC
      i += 3;
    } else if ((nfkc = nfkc_single(next_code_point(s, i))) == 0) {
      return true;
    }
    run = nfkc >= '0' && nfkc <= '9' ? run + 1 : 0;
    if (run >= 5) return true;
  }
  return false;
}

// Read line by line (a year and its 年 never span lines), and only lines that hold 年 and
// may hold a number long enough.
void check_malformed(const Rule& self, const CheckContext& ctx, std::optional<int> year, Findings& out) {
  const SourceText& text = ctx.text;
  NormalizedText n;  // reused from line to line
  for (std::size_t line = 1; line <= text.line_count(); ++line) {
    const Span span = text.line_span(line);
    if (find_bytes(text.view(span), "年") == std::string_view::npos || !may_hold_five_digits(text.view(span))) continue;
    normalize_into(n, text.view(span), span.begin);
    check_malformed_in(self, ctx, year, n, out);
  }
}

// Signed in the year after the report's year.
void check_signing_year(const Rule& self, const CheckContext& ctx, int year, Findings& out) {
  const auto& date = ctx.report.signature.date;
  if (!date || date->year == year + 1) return;
  std::string written = std::to_string(date->year) + "年" + std::to_string(date->month) + "月" +
                        std::to_string(date->day) + "日";
  out.push_back(year_finding(self, date->span, year + 1, date->year,
                             "落款日期为" + written + "，" + year_text(year) + "度报告应在次年（" +
                                 year_text(year + 1) + "）成文发布"));
}

// Words after "YYYY年" that make it a reference to another time, not the year reported on.
bool refers_elsewhere(const std::string& rest) {
  static const char* const kAfter[] = {"以来", "至", "到", "起", "底", "末", "初", "前", "后", "上半年", "下半年",
                                       "-", "~", "—", "～", "、", "和", "及", "与"};
  if (!rest.empty() && is_digit(rest[0])) return true;  // "2019年12月…": a dated event
  for (const char* a : kAfter)
    if (rest.compare(0, std::string(a).size(), a) == 0) return true;
  return false;
}

// 一、总体情况 opening with another year: "2019年，我局…" in a 2020 report.
void check_overview(const Rule& self, const CheckContext& ctx, int year, Findings& out) {
  const auto& sections = ctx.report.sections;
  for (std::size_t h = 0; h < sections.size(); ++h) {
    if (sections[h].section != 1) continue;
    SectionBody body = section_body(ctx, h);
    if (body.begin >= body.end) return;
    const Block& first = ctx.doc.blocks[body.begin];
    if (first.kind != Block::Kind::Paragraph) return;
    const Paragraph& p = ctx.doc.paragraphs[first.index];
    // The year, if the paragraph opens with one, ends within its first 15 bytes (二〇一九年),
    // and what follows it decides (refers_elsewhere): the paragraph's opening is enough.
    const std::size_t end = window_end(ctx.text.str(), p.span.begin,
                                       std::min(p.span.end, p.span.begin + kOpeningWindow.bytes),
                                       kOpeningWindow.code_points);
    Compact c = compact(ctx.text, {p.span.begin, end});
    std::vector<YearMention> ys = years_in(ctx.text, c, 0, 16);
    if (ys.empty() || ys.front().begin != 0 || ys.front().year == year) return;
    const YearMention& m = ys.front();
    std::string rest = c.s.substr(m.end);
    if (rest.compare(0, 3, "度") == 0) rest = rest.substr(3);
    if (refers_elsewhere(rest)) return;
    std::string message = "总体情况开头写的是“" + year_text(m.year) + "”，本报告为" + year_text(year) + "度报告";
    if (m.year == year - 1) message += "，可能沿用了上一年度报告的文字";
    out.push_back(year_finding(self, m.span, year, m.year, message));
    return;
  }
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  if (!looks_like_report(ctx)) return;
  const std::optional<int> year = ctx.report.year;
  check_malformed(self, ctx, year, out);
  if (!year) return;
  check_period(self, ctx, *year, out);
  check_overview(self, ctx, *year, out);
  check_signing_year(self, ctx, *year, out);
}

}  // namespace

Rule rule_meta_year() { return Rule(RuleId::MetaYear).on_report(run); }

}  // namespace gk::rules
