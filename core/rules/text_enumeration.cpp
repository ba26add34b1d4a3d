// text.enumeration: numbered points that skip or repeat a number.
//   一是…。二是…。二是…   (an inline list; the second 二是 should be 三是)
//   paragraphs opening （一）（二）（四）, or 1、2、4、, within one section
// A list may start over at 一 / 1 at any time. An inline 一是 list inside a paragraph that
// itself opens with 二是 is a list of its own ("二是坚持需求导向…一是围绕年度重点工作…",
// then the next paragraph "三是…" continues the outer list). A number lower than the one
// before (other than a restart) is left alone: it is more often a quotation than a slip.
#include <memory>
#include <string>

#include "rules/rule.h"
#include "shape/enumerators.h"
#include "shape/prose_runs.h"
#include "text/utf8.h"

namespace gk::rules {

using shape::chinese_number_at, shape::Enumerator, shape::enumerator_text, shape::EnumStyle,
    shape::leading_enumerator, shape::ProseRun, shape::source_span;
using text::code_point_before, text::find_bytes, text::is_cjk_ideograph, text::previous_boundary,
    text::Quantity;

namespace {

bool is_ascii_alnum(char32_t cp) { return cp < 0x80 && ((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')); }

// An enumerator as written: its value and where it is in the run.
struct Mark {
  int value = 0;
  std::size_t begin = 0, end = 0;
  bool leading = false;  // the paragraph opens with it
};

// One list being followed: the last number seen.
struct Sequence {
  int last = 0;
  bool after_repeat = false;  // the last number repeated the one before it

  // Records v; returns the number expected instead, or 0 when v is fine. A list may start
  // over at 1, except right after a 1 when `once` (（一）（一） is a repeat, not two lists).
  int step(int v, bool once = false) {
    int expected = 0;
    bool repeat = false;
    if (last == 0 || (v == 1 && !(once && last == 1)) || v == last + 1 || (after_repeat && v == last + 2)) {
      // in order, a new list, or the number after a repeated one read as its intended successor
    } else if (v == last) {
      expected = last + 1;
      repeat = true;
    } else if (v > last + 1) {
      expected = last + 1;
    }
    after_repeat = repeat;
    last = v;
    return expected;
  }
};

// The 一是/二是 marks of a run: a Chinese numeral and 是 after a punctuation mark, a blank
// or the start (之一是, 统一是 are words, not marks).
std::vector<Mark> shi_marks(std::string_view s) {
  std::vector<Mark> marks;
  for (std::size_t at = find_bytes(s, "是"); at != std::string_view::npos; at = find_bytes(s, "是", at + 3)) {
    if (at == 0) continue;
    const std::size_t i = at + 3;  // after 是
    // The numeral before 是: one to three code points (一, 十, 十二, 二十三).
    std::size_t best = std::string::npos;
    std::size_t b = at;
    for (int n = 0; n < 3 && b > 0; ++n) {
      b = previous_boundary(s, b);
      std::size_t len = 0;
      if (chinese_number_at(s, b, &len) && b + len == at) best = b;  // the longest numeral wins
    }
    if (best == std::string::npos) continue;
    char32_t before = code_point_before(s, best);
    if (before != 0 && (is_cjk_ideograph(before) || is_ascii_alnum(before))) continue;
    marks.push_back({chinese_number_at(s, best, nullptr), best, i, best == 0});
  }
  return marks;
}

struct SectionState {
  std::size_t heading = static_cast<std::size_t>(-1);
  Sequence shi;                     // 一是 across paragraphs
  Sequence paren, paren_arabic, arabic;  // （一） （1） 1、 opening paragraphs
};

void report(const Rule& self, const CheckContext& ctx, const ProseRun& run, EnumStyle style, const Mark& m,
            int previous, int expected, Findings& out) {
  std::string written = enumerator_text(style, m.value);
  std::string wanted = enumerator_text(style, expected);
  std::string before = enumerator_text(style, previous);
  std::string what = m.value == previous ? "序号重复" : "序号跳号";
  Finding f = make_finding(self, source_span(ctx.text, run, m.begin, m.end),
                           what + "：“" + before + "”之后是“" + written + "”，应为“" + wanted + "”");
  f.expected = Quantity::of(expected);
  f.actual = Quantity::of(m.value);
  out.push_back(std::move(f));
}

// The lists of the section being read, and where the findings go.
struct State : RuleCall {
  using RuleCall::RuleCall;
  SectionState section;
};

std::unique_ptr<RuleState> start(const Rule& self, const CheckContext& ctx, Findings& out) {
  return std::make_unique<State>(self, ctx, out);
}

void paragraph_run(RuleState& state, const ProseRun& r) {
  State& all = static_cast<State&>(state);
  const Rule& self = all.self;
  const CheckContext& ctx = all.ctx;
  Findings& out = all.out;
  SectionState& st = all.section;
  if (r.heading != st.heading) {
    st = SectionState();
    st.heading = r.heading;
  }
  // Paragraph-opening （一） （1） 1、 across the section.
  Enumerator e = leading_enumerator(r.text);
  Sequence* seq = e.style == EnumStyle::ParenChinese  ? &st.paren
                  : e.style == EnumStyle::ParenArabic ? &st.paren_arabic
                  : e.style == EnumStyle::ArabicComma ? &st.arabic
                                                      : nullptr;
  // A heading of a higher level starts the lists below it afresh: （一） 1、2、 （二） 1、
  if (e.style == EnumStyle::ParenChinese) st.arabic = st.paren_arabic = st.shi = Sequence();
  if (e.style == EnumStyle::ArabicComma) st.paren_arabic = st.shi = Sequence();
  if (seq != nullptr) {
    int previous = seq->last;
    if (int expected = seq->step(e.value, true)) {
      Mark m{e.value, 0, e.length, true};
      report(self, ctx, r, e.style, m, previous, expected, out);
    }
  }

  // 一是 … 二是 …: the outer list runs across paragraphs; an inline list that starts
  // over inside a paragraph opening with a mark is nested in it and ends with it.
  std::vector<Mark> marks = shi_marks(r.text);
  bool opens_with_mark = !marks.empty() && marks.front().leading;
  bool nested = false;
  Sequence inner;
  for (const Mark& m : marks) {
    Sequence& target = nested ? inner : st.shi;
    if (!nested && !m.leading && opens_with_mark && m.value == 1 && st.shi.last != 0) {
      nested = true;
      inner = Sequence();
      inner.step(1);
      continue;
    }
    int previous = target.last;
    if (int expected = target.step(m.value)) report(self, ctx, r, EnumStyle::ShiList, m, previous, expected, out);
  }
}

}  // namespace

Rule rule_text_enumeration() { return Rule(RuleId::TextEnumeration).on_text(start).on_paragraph_run(paragraph_run); }

}  // namespace gk::rules
