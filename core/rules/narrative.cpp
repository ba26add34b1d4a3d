#include "rules/narrative.h"

#include <cctype>

#include "text/normalize.h"
#include "text/utf8.h"

namespace gk {

namespace {

bool is_ascii_alnum(char32_t cp) { return cp < 0x80 && std::isalnum(static_cast<int>(cp)); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t utf8_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

// "-3-", "- 3 -", "—3—", "3", "第3页", "第 3 页 共 6 页".
bool is_page_number(std::string_view s) {
  constexpr std::size_t kLongest = 40;  // bytes, blanks left out
  std::string k;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = next_code_point(s, i);
    if (is_blank(cp)) continue;
    append_utf8(k, cp);
    if (k.size() > kLongest) return false;  // running text: decided after a few characters
  }
  if (k.empty()) return false;
  std::string_view v(k);
  auto strip = [&](std::string_view dash) {
    while (v.size() >= dash.size() && v.substr(0, dash.size()) == dash) v.remove_prefix(dash.size());
    while (v.size() >= dash.size() && v.substr(v.size() - dash.size()) == dash) v.remove_suffix(dash.size());
  };
  for (std::string_view dash : {"-", "—", "–", "~"}) strip(dash);
  auto all_digits = [](std::string_view d) {
    if (d.empty() || d.size() > 4) return false;
    for (char c : d)
      if (!is_digit(c)) return false;
    return true;
  };
  if (all_digits(v)) return true;
  // 第N页 (共M页)
  const std::string_view di = "第", ye = "页", gong = "共";
  if (v.substr(0, di.size()) != di) return false;
  v.remove_prefix(di.size());
  std::size_t d = 0;
  while (d < v.size() && is_digit(v[d])) ++d;
  if (d == 0 || v.substr(d, ye.size()) != ye) return false;
  v.remove_prefix(d + ye.size());
  if (v.empty()) return true;
  if (v.substr(0, gong.size()) != gong) return false;
  v.remove_prefix(gong.size());
  d = 0;
  while (d < v.size() && is_digit(v[d])) ++d;
  return d > 0 && v.substr(d) == ye;
}

bool starts_with(std::string_view s, std::size_t i, std::string_view w) {
  return i <= s.size() && s.substr(i, w.size()) == w;
}

bool ends_with_at(std::string_view s, std::size_t end, std::string_view w) {
  return end >= w.size() && s.substr(end - w.size(), w.size()) == w;
}

int chinese_digit(char32_t cp) {
  switch (cp) {
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return 0;
  }
}

std::string chinese_number(int v) {
  static const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (v <= 0 || v > 99) return std::to_string(v);
  if (v < 10) return kDigits[v];
  std::string s = v >= 20 ? kDigits[v / 10] : "";
  s += "十";
  if (v % 10) s += kDigits[v % 10];
  return s;
}

// The words that make the number after them a change rather than a count.
const std::string_view kChangeWords[] = {"增加", "减少", "增长", "下降", "上升", "同比", "环比", "较上年",
                                         "较去年", "比上年", "比去年", "提高", "降低", "多出", "增幅", "降幅"};
const std::string_view kApproxBefore[] = {"约", "近", "逾", "超过", "超", "不足", "不到", "多于", "高于", "低于", "少于", "大约"};

}  // namespace

bool ends_sentence(char32_t cp) {
  return cp == U'。' || cp == '!' || cp == '?' || cp == ';' || cp == U'！' || cp == U'？' || cp == U'；';
}

std::size_t previous_boundary(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

char32_t code_point_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  return next_code_point(s, i);
}

char32_t code_point_before(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  return code_point_at(s, previous_boundary(s, i));
}

void for_each_text_run(const CheckContext& ctx, const std::function<void(const TextRun&)>& sentences,
                       const std::function<void(const TextRun&)>& paragraphs,
                       const std::function<void(const Paragraph&, const NormalizedText&)>& every) {
  const auto& heads = ctx.report.sections;
  std::size_t next_head = 0;
  int section = 0;
  std::size_t heading = 0;
  bool open = false;
  bool ended_sentence = false;
  TextRun r;  // the sentence run being built, handed on when the next one starts
  bool have = false;
  // Where in r a paragraph run starts: the sentence run's own start, and each paragraph
  // joined to it after one that ended a sentence (a paragraph run starts afresh there).
  std::vector<std::size_t> paragraph_starts;
  TextRun piece;  // one paragraph run, copied out of r
  NormalizedText n;  // each paragraph's view, in buffers reused from one to the next
  auto hand_on = [&] {
    if (!have) return;
    if (sentences) sentences(r);
    if (!paragraphs) return;
    piece.section = r.section;
    piece.heading = r.heading;
    for (std::size_t k = 0; k < paragraph_starts.size(); ++k) {
      std::size_t b = paragraph_starts[k];
      std::size_t e = k + 1 < paragraph_starts.size() ? paragraph_starts[k + 1] : r.text.size();
      // A blank put between Latin words across the join belongs to no paragraph run.
      if (k + 1 < paragraph_starts.size() && e > b && r.text[e - 1] == ' ' && e - 1 > b &&
          r.origin[e - 1] == r.origin[e]) {
        --e;
      }
      piece.text.assign(r.text, b, e - b);
      piece.origin.assign(r.origin.begin() + static_cast<std::ptrdiff_t>(b), r.origin.begin() + static_cast<std::ptrdiff_t>(e));
      paragraphs(piece);
    }
  };
  for (std::size_t b = 0; b < ctx.doc.blocks.size(); ++b) {
    while (next_head < heads.size() && heads[next_head].block < b) ++next_head;
    const Block& block = ctx.doc.blocks[b];
    const bool is_heading = next_head < heads.size() && heads[next_head].block == b;
    if (is_heading) {
      section = heads[next_head].section;
      heading = ++next_head;
      open = false;
    }
    if (block.kind == Block::Kind::Table) {
      open = false;
      continue;
    }
    if (is_heading && !every) continue;
    const Paragraph& p = ctx.doc.paragraphs[block.index];
    normalize_into(n, ctx.text.view(p.span), p.span.begin);
    if (every) every(p, n);
    if (is_heading || n.text.empty() || is_page_number(n.text)) continue;
    bool fresh = !open || leading_enumerator(n.text).style != EnumStyle::None;
    if (fresh) {
      hand_on();
      r.text.clear();
      r.origin.clear();
      paragraph_starts.clear();
      r.section = section;
      r.heading = heading;
      have = true;
      open = true;
    }
    // Latin words or numbers on both sides of a line end stay apart.
    if (!fresh && is_ascii_alnum(code_point_before(r.text, r.text.size())) && is_ascii_alnum(code_point_at(n.text, 0))) {
      r.text += ' ';
      r.origin.push_back(p.span.begin);
    }
    if (fresh || ended_sentence) paragraph_starts.push_back(r.text.size());
    r.text += n.text;
    r.origin.insert(r.origin.end(), n.origin.begin(), n.origin.end());
    ended_sentence = ends_sentence(code_point_before(n.text, n.text.size()));
  }
  hand_on();
}

Span source_span(const SourceText& text, const std::vector<std::size_t>& origin, std::size_t b, std::size_t e) {
  if (e <= b || e > origin.size()) return {};
  std::size_t last = origin[e - 1];
  const std::string& s = text.str();
  std::size_t end = last < s.size() ? last + utf8_length(static_cast<unsigned char>(s[last])) : last;
  return {origin[b], std::min(end, s.size())};
}

Span source_span(const SourceText& text, const TextRun& run, std::size_t b, std::size_t e) {
  return source_span(text, run.origin, b, e);
}

std::vector<Count> find_counts(const TextRun& run, const SourceText& source) {
  std::vector<Count> out;
  const std::string_view s = run.text;
  const std::string& src = source.str();
  std::size_t i = 0;
  while (i < s.size()) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    Count c;
    c.begin = i;
    std::int64_t value = 0;
    bool too_long = false;
    std::size_t j = i;
    int digits = 0;
    for (;;) {
      while (j < s.size() && is_digit(s[j])) {
        if (++digits > 12) too_long = true;
        if (!too_long) value = value * 10 + (s[j] - '0');
        ++j;
      }
      // "3,119": an ASCII comma (not a Chinese one made ASCII by NFKC) before three digits.
      if (j + 3 < s.size() && s[j] == ',' && src[run.origin[j]] == ',' && is_digit(s[j + 1]) &&
          is_digit(s[j + 2]) && is_digit(s[j + 3]) && (j + 4 >= s.size() || !is_digit(s[j + 4]))) {
        ++j;
        continue;
      }
      break;
    }
    c.end = j;
    c.value = value;
    i = j;
    if (too_long) continue;
    // A decimal, or a number glued to Latin text, a URL, a telephone number, a page number.
    if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
      while (i < s.size() && (is_digit(s[i]) || s[i] == '.')) ++i;
      continue;
    }
    char32_t before = code_point_before(s, c.begin);
    if (is_ascii_alnum(before) || (before != 0 && std::string_view("-./:_@#%+~").find(static_cast<char>(before)) != std::string_view::npos && before < 0x80))
      continue;
    // Skip blanks back to the word before: 第 makes an ordinal.
    std::size_t k = c.begin;
    while (k > 0 && code_point_before(s, k) == ' ') k = previous_boundary(s, k);
    if (code_point_before(s, k) == U'第') continue;
    // Words are compared only after one of their last characters.
    static const std::u32string kApproxLasts = [] {
      std::u32string f;
      for (std::string_view word : kApproxBefore) f += code_point_before(word, word.size());
      return f;
    }();
    if (kApproxLasts.find(code_point_before(s, k)) != std::u32string::npos)
      for (std::string_view w : kApproxBefore)
        if (ends_with_at(s, k, w)) c.approximate = true;
    // A change: 增加 3 件, 同比下降 2 件 (the words within the clause before the number).
    {
      std::size_t w = k;
      for (int n = 0; n < 8 && w > 0; ++n) {
        char32_t cp = code_point_before(s, w);
        if (ends_sentence(cp) || cp == ',' || cp == U'、' || cp == ':') break;
        w = previous_boundary(s, w);
      }
      // Words are compared only where one of their first characters stands.
      static const std::u32string kFirsts = [] {
        std::u32string f;
        for (std::string_view word : kChangeWords) f += code_point_at(word, 0);
        return f;
      }();
      for (std::size_t at = w; at < k && !c.change; at = at + utf8_length(static_cast<unsigned char>(s[at]))) {
        if (kFirsts.find(code_point_at(s, at)) == std::u32string::npos) continue;
        for (std::string_view word : kChangeWords)
          if (s.compare(at, word.size(), word) == 0 && at + word.size() <= k) c.change = true;
      }
    }
    // The unit, after blanks, perhaps after 余 or 多.
    std::size_t u = j;
    while (u < s.size() && s[u] == ' ') ++u;
    char32_t cp = code_point_at(s, u);
    if (cp == U'余' || cp == U'多') {
      c.approximate = true;
      u += 3;
      cp = code_point_at(s, u);
    }
    static const char32_t kUnits[] = {U'条', U'件', U'篇', U'个', U'次', U'项', U'场', U'期', U'家', U'人', U'起', U'宗'};
    bool unit = false;
    for (char32_t x : kUnits) unit = unit || cp == x;
    if (!unit) continue;
    std::size_t after = u + 3;
    char32_t next = code_point_at(s, after);
    std::string name;
    append_utf8(name, cp);
    if ((cp == U'人' || cp == U'场' || cp == U'件') && next == U'次') {
      name += "次";
      after += 3;
    } else if (cp == U'个' && (starts_with(s, after, "工作日") || starts_with(s, after, "月") ||
                               starts_with(s, after, "百分点") || starts_with(s, after, "小时") ||
                               starts_with(s, after, "季度") || starts_with(s, after, "工作"))) {
      continue;
    } else if ((cp == U'起' && next == U'诉') || (cp == U'家' && next == U'庭') || (cp == U'期' && next == U'间') ||
               (cp == U'人' && next == U'民') || (cp == U'条' && next == U'例')) {
      continue;
    }
    if (starts_with(s, after, "左右") || starts_with(s, after, "以上")) c.approximate = true;
    c.unit = name;
    c.unit_end = after;
    out.push_back(c);
  }
  return out;
}

int chinese_number_at(std::string_view s, std::size_t i, std::size_t* length) {
  std::size_t j = i;
  char32_t a = code_point_at(s, j);
  int value = 0;
  if (a == U'十') {
    j += 3;
    value = 10;
    int d = chinese_digit(code_point_at(s, j));
    if (d) {
      value += d;
      j += 3;
    }
  } else if (int d = chinese_digit(a)) {
    j += 3;
    value = d;
    if (code_point_at(s, j) == U'十') {
      j += 3;
      value = d * 10;
      int e = chinese_digit(code_point_at(s, j));
      if (e) {
        value += e;
        j += 3;
      }
    }
  }
  if (length) *length = value ? j - i : 0;
  return value;
}

Enumerator leading_enumerator(std::string_view s) {
  Enumerator e;
  std::size_t n = 0;
  if (!s.empty() && s[0] == '(') {
    std::size_t j = 1;
    int v = chinese_number_at(s, j, &n);
    EnumStyle style = EnumStyle::ParenChinese;
    if (!v) {
      while (j + n < s.size() && n < 2 && is_digit(s[j + n])) ++n;
      if (n) v = std::stoi(std::string(s.substr(j, n)));
      style = EnumStyle::ParenArabic;
    }
    if (v && j + n < s.size() && s[j + n] == ')') {
      char32_t after = code_point_at(s, j + n + 1);
      // "（一）项" is an article's item quoted in running text, not a heading.
      if (after == U'项' || after == U'款' || after == U'条' || after == U'目' || after == U'号' || after == U'类') return e;
      return {style, v, j + n + 1};
    }
    return e;
  }
  if (int v = chinese_number_at(s, 0, &n)) {
    char32_t after = code_point_at(s, n);
    if (after == U'是') return {EnumStyle::ShiList, v, n + 3};
    if (after == U'、') return {EnumStyle::ChineseComma, v, n + 3};
    return e;
  }
  while (n < s.size() && n < 3 && is_digit(s[n])) ++n;
  if (n == 0 || n == 3) return e;
  int v = std::stoi(std::string(s.substr(0, n)));
  char32_t after = code_point_at(s, n);
  if (after == U'、') return {EnumStyle::ArabicComma, v, n + 3};
  if (after == '.' && n + 1 < s.size() && !is_digit(s[n + 1])) return {EnumStyle::ArabicDot, v, n + 1};
  return e;
}

std::string enumerator_text(EnumStyle style, int value) {
  switch (style) {
    case EnumStyle::ShiList: return chinese_number(value) + "是";
    case EnumStyle::ParenChinese: return "（" + chinese_number(value) + "）";
    case EnumStyle::ArabicComma: return std::to_string(value) + "、";
    case EnumStyle::ChineseComma: return chinese_number(value) + "、";
    case EnumStyle::ParenArabic: return "（" + std::to_string(value) + "）";
    case EnumStyle::ArabicDot: return std::to_string(value) + ".";
    case EnumStyle::None: break;
  }
  return "";
}

}  // namespace gk
