#include "bind/signature.h"

#include "read/line_scan.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "text/saturate.h"

namespace gk::bind {

using read::Document, read::Paragraph, read::trim_span;
using text::add_capped, text::count_code_points, text::ends_with, text::is_blank, text::match_key, text::next_code_point,
    text::normalize, text::NormalizedText, text::shift_in_digit, text::SourceText, text::Span;

namespace {

constexpr std::size_t kMaxSignatureCodePoints = 40;
constexpr std::size_t kSignatureParagraphs = 4;  // the signature is in the last few lines
constexpr std::size_t kTitleParagraphs = 3;
constexpr std::size_t kHeaderParagraphs = 8;  // where a page's 发布日期 line stands

int digit_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c == U'〇' || c == U'零') return 0;
  static const std::u32string digits = U"一二三四五六七八九";
  std::size_t p = digits.find(c);
  return p == std::u32string::npos ? -1 : static_cast<int>(p) + 1;
}

// A number written with digits or Chinese numerals, "2022" "二〇二二" "二十六" "12".
struct NumberToken {
  int value = 0;
  int digits = 0;
  std::size_t end = 0;
};

NumberToken read_number(const std::u32string& s, std::size_t i) {
  NumberToken t;
  bool ten = false;
  for (; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c == U'十') {
      t.value = shift_in_digit(t.digits == 0 ? 1 : t.value, 0);
      ten = true;
      ++t.digits;
      continue;
    }
    int d = digit_value(c);
    if (d < 0) break;
    t.value = ten ? add_capped(t.value, d) : shift_in_digit(t.value, d);
    ++t.digits;
  }
  t.end = i;
  return t;
}

bool is_body(const SourceText& text, Span candidate) {
  return !candidate.empty() && count_code_points(text.view(candidate)) <= kMaxSignatureCodePoints &&
         looks_like_body(text.view(candidate));
}

// The words between a title's year ("2019年", "2019年度") and 政府信息公开, or an empty span.
Span body_after_year(const SourceText& text, const Paragraph& p, std::size_t year) {
  std::size_t from = year + 4;
  while (from < p.text.size() && p.text[from] == ' ') ++from;
  for (std::string_view w : {"年度", "年"})
    if (p.text.compare(from, w.size(), w) == 0) {
      from += w.size();
      break;
    }
  std::size_t to = p.text.find("政府信息公开", from);
  if (to == std::string_view::npos) return {};
  return trim_span(text, {p.span.begin + from, p.span.begin + to});
}

int two_digits(std::string_view s, std::size_t& i) {
  int v = 0, n = 0;
  for (; i < s.size() && n < 2 && s[i] >= '0' && s[i] <= '9'; ++i, ++n) v = v * 10 + (s[i] - '0');
  return n == 0 ? -1 : v;
}

// "2020-01-31", "2020/1/31", "2020.01.31" at the start of s (its blanks skipped), or nothing.
std::optional<Date> numeric_date(std::string_view s, std::size_t base) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t begin = i;
  int y = 0;
  for (int n = 0; n < 4; ++n, ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return std::nullopt;
    y = y * 10 + (s[i] - '0');
  }
  if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.')) return std::nullopt;
  char sep = s[i++];
  int m = two_digits(s, i);
  if (m < 1 || m > 12 || i >= s.size() || s[i++] != sep) return std::nullopt;
  int d = two_digits(s, i);
  if (d < 1 || d > 31 || (i < s.size() && s[i] >= '0' && s[i] <= '9')) return std::nullopt;
  return Date{y, m, d, {base + begin, base + i}};
}

const std::string_view kDateLabels[] = {"发布日期", "成文日期", "发文日期", "发布时间", "公开日期"};

// A date written alone in a span (a table cell), in either writing.
std::optional<Date> date_in(const SourceText& text, Span span) {
  if (auto d = numeric_date(text.view(span), span.begin)) return d;
  if (auto d = find_date(text, span); d && d->span.begin - span.begin <= 3) return d;
  return std::nullopt;
}

// A page's metadata table above the first section: "| 发布机构 | … | 公开日期 | 2024-01-17 |".
std::optional<Date> labelled_date(const SourceText& text, const read::Table& table) {
  for (const read::Row& row : table.rows)
    for (std::size_t c = 0; c + 1 < row.cells.size(); ++c) {
      std::string key = match_key(row.cells[c].text);
      for (std::string_view label : kDateLabels) {
        if (key != label && key != std::string(label) + ":") continue;
        if (auto d = date_in(text, row.cells[c + 1].span)) return d;
      }
    }
  return std::nullopt;
}

// The date after a 发布日期 / 成文日期 label in the paragraph, in either writing.
std::optional<Date> labelled_date(const SourceText& text, const Paragraph& p) {
  for (std::string_view label : kDateLabels) {
    std::size_t at = p.text.find(label);
    if (at == std::string_view::npos) continue;
    std::size_t from = at + label.size();
    for (std::string_view colon : {"：", ":"})
      if (p.text.compare(from, colon.size(), colon) == 0) from += colon.size();
    std::string_view rest = p.text.substr(from);
    if (auto d = numeric_date(rest, p.span.begin + from)) return d;
    Span after{p.span.begin + from, p.span.end};
    if (auto d = find_date(text, after); d && d->span.begin - after.begin <= 3) return d;
  }
  return std::nullopt;
}

}  // namespace

bool looks_like_body(std::string_view words) {
  static const std::string_view kSuffixes[] = {"人民政府", "政府", "办公室", "委员会", "局", "厅", "委", "办",
                                               "院", "中心", "办事处", "管委会", "所", "站", "处", "部"};
  std::string key = match_key(words);
  // A body's name is a bare name: no sentence punctuation, no book title marks.
  static const std::string_view kNotInNames[] = {"报告", "。", ",", "《", ":", ";", "、"};
  for (std::string_view n : kNotInNames)
    if (key.find(n) != std::string::npos) return false;
  for (std::string_view s : kSuffixes)
    if (ends_with(key, s)) return true;
  return false;
}

std::optional<Date> find_date(const SourceText& text, Span span) {
  NormalizedText n = normalize(text.view(span), span.begin);
  // Work on code points without blanks, remembering where each came from.
  std::u32string cps;
  std::vector<std::size_t> from, to;
  for (std::size_t i = 0; i < n.text.size();) {
    std::size_t start = i;
    char32_t c = next_code_point(n.text, i);
    if (is_blank(c)) continue;
    cps.push_back(c);
    from.push_back(n.origin[start]);
    to.push_back(i < n.text.size() ? n.origin[i] : span.end);
  }
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (digit_value(cps[i]) < 0) continue;
    if (i > 0 && digit_value(cps[i - 1]) >= 0) continue;
    NumberToken y = read_number(cps, i);
    if (y.digits != 4 || y.end >= cps.size() || cps[y.end] != U'年') continue;
    NumberToken m = read_number(cps, y.end + 1);
    if (m.digits == 0 || m.end >= cps.size() || cps[m.end] != U'月') continue;
    NumberToken d = read_number(cps, m.end + 1);
    if (d.digits == 0 || d.end >= cps.size() || (cps[d.end] != U'日' && cps[d.end] != U'号')) continue;
    Date date{y.value, m.value, d.value, {from[i], to[d.end]}};
    return date;
  }
  return std::nullopt;
}

Signature find_signature(const Document& doc, const SourceText& text, const std::vector<SectionHeading>& sections) {
  Signature sig;
  // The title: a body on its own line above it, or the words before the year in it.
  std::size_t first_heading = sections.empty() ? doc.paragraphs.size() : sections.front().paragraph;
  for (std::size_t i = 0; i < first_heading && i < kTitleParagraphs && !sig.title_body; ++i) {
    const Paragraph& p = doc.paragraphs[i];
    std::size_t year = std::string::npos;
    for (std::size_t k = 0; k + 4 <= p.text.size(); ++k) {
      if (p.text.compare(k, 2, "20") == 0 && isdigit(static_cast<unsigned char>(p.text[k + 2])) &&
          isdigit(static_cast<unsigned char>(p.text[k + 3]))) {
        year = k;
        break;
      }
    }
    Span candidate = year == std::string::npos ? p.span : trim_span(text, {p.span.begin, p.span.begin + year});
    if (year != std::string::npos && !is_body(text, candidate)) candidate = body_after_year(text, p, year);
    if (is_body(text, candidate)) sig.title_body = candidate;
  }
  // A 发布日期 or 成文日期 line above the first section, as web pages put it, or a cell of
  // the page's metadata table.
  for (std::size_t i = 0; i < first_heading && i < kHeaderParagraphs && !sig.header_date; ++i)
    sig.header_date = labelled_date(text, doc.paragraphs[i]);
  const std::size_t heading_at = first_heading < doc.paragraphs.size() ? doc.paragraphs[first_heading].span.begin : text.str().size();
  for (const read::Block& b : doc.blocks) {
    if (sig.header_date) break;
    if (b.kind != read::Block::Kind::Table) {
      if (doc.paragraphs[b.index].span.begin >= heading_at) break;
      continue;
    }
    const read::Table& t = doc.tables[b.index];
    if (t.span.begin >= heading_at) break;
    sig.header_date = labelled_date(text, t);
  }
  // The signature: the last short paragraphs after the last heading.
  std::size_t after = sections.empty() ? 0 : sections.back().paragraph + 1;
  std::size_t start = doc.paragraphs.size() > kSignatureParagraphs ? doc.paragraphs.size() - kSignatureParagraphs : 0;
  if (start < after) start = after;
  for (std::size_t i = start; i < doc.paragraphs.size(); ++i) {
    const Paragraph& p = doc.paragraphs[i];
    if (count_code_points(p.text) > kMaxSignatureCodePoints) continue;
    if (auto d = find_date(text, p.span)) {
      sig.date = d;
      Span before = trim_span(text, {p.span.begin, d->span.begin});
      if (!before.empty() && looks_like_body(text.view(before))) sig.body = before;
    } else if (looks_like_body(p.text)) {
      sig.body = p.span;
    }
  }
  return sig;
}

}  // namespace gk::bind
