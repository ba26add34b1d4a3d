#include "shape/counts.h"

#include <cctype>
#include <string_view>

#include "shape/prose_runs.h"
#include "text/utf8.h"

namespace gk::shape {

using text::append_utf8, text::code_point_at, text::code_point_before, text::previous_boundary,
    text::SourceText, text::utf8_length;

namespace {

bool is_ascii_alnum(char32_t cp) { return cp < 0x80 && std::isalnum(static_cast<int>(cp)); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with(std::string_view s, std::size_t i, std::string_view w) {
  return i <= s.size() && s.substr(i, w.size()) == w;
}

bool ends_with_at(std::string_view s, std::size_t end, std::string_view w) {
  return end >= w.size() && s.substr(end - w.size(), w.size()) == w;
}

// The words that make the number after them a change rather than a count.
const std::string_view kChangeWords[] = {"增加", "减少", "增长", "下降", "上升", "同比", "环比", "较上年",
                                         "较去年", "比上年", "比去年", "提高", "降低", "多出", "增幅", "降幅"};
const std::string_view kApproxBefore[] = {"约", "近", "逾", "超过", "超", "不足", "不到", "多于", "高于", "低于", "少于", "大约"};

}  // namespace

std::vector<Count> find_counts(const ProseRun& run, const SourceText& source) {
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

}  // namespace gk::shape
