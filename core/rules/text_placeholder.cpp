// text.placeholder: template text left unfilled.
//   XX / XXX / xx (not inside a Latin word, a URL or an e-mail address), ×× , ○○ ,
//   X月X日 and 202X年 (one mark before a date unit), ___ (a blank to fill in),
//   【填写…】 and other brackets asking to fill in (填写/填报/输入), （具体网址） and (具体…),
//   [单位名称] and other brackets holding only a template word, 此处填写 / 在此输入.
// Every paragraph is read, headings and the title included; table cells are not (a
// placeholder where a number belongs is table.cell-invalid's).
#include <cctype>
#include <memory>
#include <string>

#include "rules/rule.h"
#include "shape/prose_runs.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::rules {

using read::Paragraph;
using shape::source_span;
using text::append_utf8, text::code_point_at, text::code_point_before, text::contains, text::has_at,
    text::is_blank, text::next_code_point, text::NormalizedText, text::previous_boundary, text::Span;

namespace {

bool is_ascii_alnum(char32_t cp) {
  return cp < 0x80 && ((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'));
}
bool is_ascii_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// Characters that glue a mark to a URL, an e-mail address or a file name.
bool is_url_glue(char32_t cp) {
  return cp != 0 && cp < 0x80 && std::string_view("._/:@-=&?#%~+\\").find(static_cast<char>(cp)) != std::string_view::npos;
}

bool is_date_unit(char32_t cp) { return cp == U'年' || cp == U'月' || cp == U'日' || cp == U'号'; }

// The kinds of mark a template leaves for a figure or a name.
int mark_kind(char32_t cp) {
  if (cp == 'X' || cp == 'x') return 1;
  if (cp == 0xD7) return 2;                   // ×
  if (cp == 0x25CB || cp == 0x25EF) return 3;  // ○ ◯
  if (cp == '_') return 4;
  return 0;
}

char32_t closing_bracket(char32_t open) {
  switch (open) {
    case U'【': return U'】';
    case '[': return ']';
    case U'〔': return U'〕';
    case U'〖': return U'〗';
    case '(': return ')';
    default: return 0;
  }
}

// A bracket holding only one of these is a template's slot.
const std::string_view kSlotWords[] = {"单位名称", "机关名称", "部门名称", "行政机关名称", "本机关名称", "单位", "年份",
                                       "年度",     "日期",     "时间",     "网址",         "具体网址",   "链接", "数量",
                                       "数字",     "金额",     "名称",     "地址",         "电话",       "邮编", "联系电话",
                                       "联系人",   "姓名",     "区县名称", "地区名称"};
// Fewer for round brackets, which also hold ordinary asides.
const std::string_view kParenSlotWords[] = {"单位名称", "机关名称", "部门名称", "行政机关名称", "本机关名称",
                                            "网址",     "具体网址", "年份",     "日期"};
const std::string_view kFillWords[] = {"填写", "填报", "输入", "请填", "待填"};
const std::string_view kFillPhrases[] = {"此处填写", "此处输入", "此处填报", "在此填写", "在此输入"};

std::string strip_blanks(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = next_code_point(s, i);
    if (!is_blank(cp)) append_utf8(out, cp);
  }
  return out;
}

class Scanner : public RuleState {
 public:
  Scanner(const Rule& self, const CheckContext& ctx, Findings& out) : self_(self), ctx_(ctx), out_(out) {}

  // p's text in the NFKC view n (which stays alive while the scan reads it).
  void scan(const NormalizedText& n) {
    n_ = &n;
    const std::string_view s = n_->text;
    if (only_rule_line(s)) return;
    covered_ = 0;
    last_date_end_ = std::string::npos;
    std::size_t i = 0;
    while (i < s.size()) {
      // Most of a report is ideographs and ASCII that start nothing: passed over undecoded.
      const auto lead = static_cast<unsigned char>(s[i]);
      if (lead < 0x80 && !starts_something(static_cast<char>(lead))) {
        ++i;
        continue;
      }
      if (lead >= 0xE4 && lead <= 0xE9 && !starts_fill_phrase(s, i)) {  // U+4000..U+9FFF
        i += 3;
        continue;
      }
      std::size_t at = i;
      char32_t cp = next_code_point(s, i);
      if (at < covered_) continue;
      if (std::size_t e = bracket_at(at, cp)) {
        add(at, e, "模板中的填写说明或占位内容");
        i = e;
        continue;
      }
      if (std::size_t e = fill_phrase_at(at, cp)) {
        add(at, e, "模板中的填写说明");
        i = e;
        continue;
      }
      if (int kind = mark_kind(cp)) {
        i = marks_at(at, kind);
        continue;
      }
    }
  }

 private:
  // ASCII that may start a finding: a bracket or a mark.
  static bool starts_something(char c) { return c == '[' || c == '(' || mark_kind(static_cast<unsigned char>(c)) != 0; }
  // 此 or 在 at s[i], the ideographs a fill phrase starts with (fill_phrase_at).
  static bool starts_fill_phrase(std::string_view s, std::size_t i) {
    return has_at(s, i, "此") || has_at(s, i, "在");
  }

  // A line of underscores or dashes only: a rule, not a blank to fill in.
  static bool only_rule_line(std::string_view s) {
    for (char c : s)
      if (c != '_' && c != '-' && c != ' ') return false;
    return true;
  }

  void add(std::size_t b, std::size_t e, const char* what) {
    Span span = source_span(ctx_.text, n_->origin, b, e);
    std::string shown = strip_blanks(ctx_.text.view(span));
    out_.push_back(make_finding(self_, span, "“" + shown + "”是" + what + "，应替换为实际内容"));
    covered_ = e;
    last_date_end_ = std::string::npos;
  }

  // A run of marks at `at` (kind as mark_kind); returns where scanning goes on.
  std::size_t marks_at(std::size_t at, int kind) {
    const std::string_view s = n_->text;
    std::size_t j = at;
    int count = 0;
    while (j < s.size()) {
      std::size_t k = j;
      if (mark_kind(next_code_point(s, k)) != kind) break;
      j = k;
      ++count;
    }
    char32_t before = code_point_before(s, at);
    char32_t after = code_point_at(s, j);
    if (kind == 4) {  // ___: a blank to fill in, at least three long
      if (count >= 3) add(at, j, "待填写的空白");
      return j;
    }
    // One mark before a date unit: X月X日, ×年, 202X年 (the digits before it belong to it).
    if (is_date_unit(after) && !(kind == 1 && before < 0x80 && std::isalpha(static_cast<int>(before)))) {
      std::size_t b = at;
      while (b > 0 && is_ascii_digit(code_point_before(s, b))) b = previous_boundary(s, b);
      if (b > 0 && (is_ascii_alnum(code_point_before(s, b)) || is_url_glue(code_point_before(s, b)))) return j;
      // The unit belongs to the placeholder: "X月", "202X年". X年X月X日 is one placeholder.
      j += 3;
      if (last_date_end_ != std::string::npos && last_date_end_ == b && !out_.empty()) {
        Span extended = source_span(ctx_.text, n_->origin, last_date_start_, j);
        Finding& f = out_.back();
        f.span = extended;
        f.message = "“" + strip_blanks(ctx_.text.view(extended)) + "”是模板中未填写的日期，应替换为实际内容";
        covered_ = j;
      } else {
        add(b, j, "模板中未填写的日期");
        last_date_start_ = b;
      }
      last_date_end_ = j;
      return j;
    }
    if (count < 2) return j;
    if (kind == 1 && (is_ascii_alnum(before) || is_url_glue(before) || is_ascii_alnum(after) || is_url_glue(after)))
      return j;
    if (kind == 2 && (is_ascii_digit(before) || is_ascii_digit(after))) return j;  // 3××4 is arithmetic
    add(at, j, "模板中的占位符");
    return j;
  }

  // A bracket that asks to fill in, or holds only a template word; returns its end or 0.
  std::size_t bracket_at(std::size_t at, char32_t open) {
    char32_t close = closing_bracket(open);
    if (close == 0) return 0;
    const std::string_view s = n_->text;
    std::size_t i = at + (open < 0x80 ? 1 : 3);
    std::size_t content = i;
    for (int n = 0; n < 30 && i < s.size(); ++n) {
      std::size_t here = i;
      char32_t cp = next_code_point(s, i);
      if (cp == close) return slot(s.substr(content, here - content), open) ? i : 0;
      if (cp == open) return 0;
    }
    return 0;
  }

  static bool slot(std::string_view content, char32_t open) {
    std::string c = strip_blanks(content);
    if (c.empty()) return false;
    for (std::string_view w : kFillWords)
      if (contains(c, w)) return true;
    if (open == '(') {
      // (具体网址), (具体时间), but not (具体见附件), (具体如下).
      if (c.rfind("具体", 0) == 0 && c.size() > 6 && c.size() <= 8 * 3) {
        std::string_view rest = std::string_view(c).substr(6);
        for (std::string_view ref : {"见", "详", "参", "如", "包", "内容见", "情况见", "规定"})
          if (rest.rfind(ref, 0) == 0) return false;
        return true;
      }
      for (std::string_view w : kParenSlotWords)
        if (c == w) return true;
      return false;
    }
    for (std::string_view w : kSlotWords)
      if (c == w) return true;
    return false;
  }

  // Every phrase opens with 此 or 在: other code points are turned away at once.
  std::size_t fill_phrase_at(std::size_t at, char32_t cp) const {
    if (cp != U'此' && cp != U'在') return 0;
    for (std::string_view w : kFillPhrases)
      if (n_->text.compare(at, w.size(), w) == 0) return at + w.size();
    return 0;
  }

  const Rule& self_;
  const CheckContext& ctx_;
  Findings& out_;
  const NormalizedText* n_ = nullptr;
  std::size_t covered_ = 0;
  std::size_t last_date_start_ = 0;
  std::size_t last_date_end_ = std::string::npos;
};

std::unique_ptr<RuleState> start(const Rule& self, const CheckContext& ctx, Findings& out) {
  return std::make_unique<Scanner>(self, ctx, out);
}

// Every paragraph comes, already in its NFKC view, in the pass over the running text.
void paragraph(RuleState& scanner, const Paragraph&, const NormalizedText& n) {
  static_cast<Scanner&>(scanner).scan(n);
}

}  // namespace

Rule rule_text_placeholder() { return Rule(RuleId::TextPlaceholder).on_text(start).on_paragraph(paragraph); }

}  // namespace gk::rules
