// text.slip: slips of the pen in the running text.
//   a word written twice in a row: 资金资金 (two to four ideographs, not numerals), 的的
//   an ASCII comma or full stop between Chinese words: 工作,加强 / 工作.下一步
//   a paragraph that stops mid-sentence: its last character an ideograph or a comma, before a
//   heading, a numbered paragraph or the end (not before a table, where it is a caption or
//   words a PDF's table grid cut off; not a title, a signature or a short label)
// Repeats that Chinese writes on purpose are left alone: numerals (一一, 三三两两), one
// ideograph twice (常常, 人人, 看看) unless it is one that is never doubled (的的, 了了).
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "rules/rule.h"
#include "text/utf8.h"

namespace gk::rules {

using read::Paragraph;
using shape::ends_sentence, shape::ProseRun, shape::source_span;
using text::code_point_at, text::code_point_before, text::is_cjk_ideograph, text::next_code_point, text::NormalizedText;

namespace {

bool is_numeral(char32_t cp) {
  static const std::u32string_view kNumerals = U"〇零一二三四五六七八九十百千万亿两几";
  return kNumerals.find(cp) != std::u32string_view::npos;
}

// Ideographs never written twice on purpose, with the neighbours that make a word of the pair
// (的的确确, 不了了之, 是是非非, 实实在在).
struct Doubled {
  char32_t cp;
  char32_t not_before;  // the code point before the pair that makes it a word, or 0
  char32_t not_after;   // the code point after it that does
};
const Doubled kNeverDoubled[] = {{U'的', 0, U'确'}, {U'了', U'不', U'之'}, {U'是', 0, U'非'},
                                 {U'在', U'实', 0},  {U'和', 0, 0},       {U'与', 0, 0},
                                 {U'及', 0, 0},      {U'并', 0, 0},       {U'将', 0, 0}};

struct CodePoint {
  char32_t cp;
  std::size_t begin;  // byte of the run
};

// Opening and closing punctuation that may stand by a Chinese comma: （“《 and ）”》.
bool is_chinese_side(char32_t cp) {
  static const std::u32string_view kMarks = U"（）“”‘’《》「」、";
  return is_cjk_ideograph(cp) || kMarks.find(cp) != std::u32string_view::npos;
}

class Checker : public RuleState {
 public:
  Checker(const Rule& self, const CheckContext& ctx, Findings& out) : self_(self), ctx_(ctx), out_(out) {}

  // 资金资金, 的的: in the sentence runs, a line cut by a PDF joined again.
  void repeats(const ProseRun& run) {
    const std::string_view s = run.text;
    cps_.clear();
    for (std::size_t i = 0; i < s.size();) {
      std::size_t at = i;
      cps_.push_back({next_code_point(s, i), at});
    }
    const std::size_t n = cps_.size();
    for (std::size_t i = 0; i + 1 < n;) {
      std::size_t unit = repeated_unit(i);
      if (unit == 0) {
        ++i;
        continue;
      }
      std::size_t b = cps_[i].begin, mid = cps_[i + unit].begin;
      std::size_t e = i + 2 * unit < n ? cps_[i + 2 * unit].begin : s.size();
      if (!adjacent(run, b, mid, e)) {
        ++i;
        continue;
      }
      std::string word = quoted(run, b, mid), written = quoted(run, b, e);
      out_.push_back(make_finding(self_, source_span(ctx_.text, run, b, e),
                                  "“" + word + "”连写了两次（“" + written + "”），应删去一个"));
      // Further copies of the same word belong to this one slip.
      std::size_t next = i + 2 * unit;
      while (next + unit <= n && std::equal(cps_.begin() + i, cps_.begin() + i + unit, cps_.begin() + next,
                                            [](const CodePoint& a, const CodePoint& c) { return a.cp == c.cp; }))
        next += unit;
      i = next;
    }
  }

  // An ASCII comma or full stop between Chinese words, in the source (NFKC makes ，ASCII).
  void ascii_marks(const Paragraph& p) {
    const std::string_view s = p.text;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] != ',' && s[i] != '.') continue;
      char32_t before = code_point_before(s, i);
      std::size_t j = i + 1;
      while (j < s.size() && s[j] == ' ') ++j;
      char32_t after = j < s.size() ? code_point_at(s, j) : 0;
      bool slip;
      if (s[i] == ',') {
        slip = is_chinese_side(before) && is_chinese_side(after);
      } else {
        // "一.总体情况" opens a heading with a numeral: a numbering style, not a slip.
        slip = is_cjk_ideograph(before) && !is_numeral(before) && (after == 0 || is_cjk_ideograph(after));
      }
      if (!slip) continue;
      text::Span at{p.span.begin + i, p.span.begin + i + 1};
      out_.push_back(make_finding(self_, at,
                                  s[i] == ',' ? "中文句子中用了英文逗号“,”，应为中文逗号“，”"
                                              : "中文句子中用了英文句点“.”，应为中文句号“。”"));
    }
  }

  // A paragraph run that ends with an ideograph or a comma before a heading, a table or the end.
  void unfinished(const ProseRun& run) {
    if (run.section == 0) return;  // the title and what precedes the first section
    const std::string_view s = run.text;
    std::size_t end = s.size();
    while (end > 0 && (code_point_before(s, end) == ' ')) end = text::previous_boundary(s, end);
    if (end == 0) return;
    char32_t last = code_point_before(s, end);
    if (!is_cjk_ideograph(last) && last != ',' && last != U'、') return;
    // A title, a signature, a label: short and without a sentence's punctuation.
    std::size_t cps = 0;
    bool punctuated = false;
    for (std::size_t i = 0; i < end;) {
      char32_t cp = next_code_point(s, i);
      ++cps;
      punctuated = punctuated || ends_sentence(cp) || cp == ',';
    }
    if (!punctuated || cps < 15) return;
    if (before_table(run.origin[end - 1])) return;  // a caption, or text a PDF table's grid cut off
    std::size_t b = end;
    for (int k = 0; k < 8 && b > 0; ++k) {
      char32_t cp = code_point_before(s, b);
      if (ends_sentence(cp) || (cp == ',' && b != end)) break;
      b = text::previous_boundary(s, b);
    }
    std::size_t last_begin = text::previous_boundary(s, end);
    out_.push_back(make_finding(self_, source_span(ctx_.text, run, last_begin, end),
                                "这段文字以“" + quoted(run, b, end) + "”结尾，没有句末标点：可能没有写完，或漏了句号"));
  }

 private:
  // The two copies [b, mid) and [mid, e) stand side by side in the source: nothing between
  // them but, in text copied out of a PDF, a line end (a paragraph of its own is another
  // paragraph: two headings 标题 / 标题 are not a repeated word).
  bool adjacent(const ProseRun& run, std::size_t b, std::size_t mid, std::size_t e) const {
    text::Span first = source_span(ctx_.text, run, b, mid), second_copy = source_span(ctx_.text, run, mid, e);
    for (text::Span copy : {first, second_copy})  // each copy as written, with no markup inside
      for (std::string_view w = ctx_.text.view(copy); !w.empty();) {
        std::size_t i = 0;
        if (!is_cjk_ideograph(next_code_point(w, i))) return false;
        w.remove_prefix(i);
      }
    std::size_t first_end = first.end, second = second_copy.begin;
    if (second < first_end) return false;
    std::string_view between = ctx_.text.view({first_end, second});
    const bool pdf = ctx_.doc.layout == read::Layout::PdfLayout || ctx_.doc.layout == read::Layout::PdfRaw;
    int line_ends = 0;
    for (char c : between) {
      if (c == '\n') ++line_ends;
      else if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return line_ends == 0 || (pdf && line_ends == 1);
  }

  // True when the block after the source byte `at` is a table.
  bool before_table(std::size_t at) const {
    const read::Document& doc = ctx_.doc;
    auto start = [&doc](const read::Block& b) {
      return b.kind == read::Block::Kind::Table ? doc.tables[b.index].span.begin : doc.paragraphs[b.index].span.begin;
    };
    auto next = std::upper_bound(doc.blocks.begin(), doc.blocks.end(), at,
                                 [&start](std::size_t x, const read::Block& b) { return x < start(b); });
    return next != doc.blocks.end() && next->kind == read::Block::Kind::Table;
  }

  // The length in code points of a unit written twice from i, or 0.
  std::size_t repeated_unit(std::size_t i) const {
    const std::size_t n = cps_.size();
    for (std::size_t len = 4; len >= 2; --len) {
      if (i + 2 * len > n) continue;
      bool same = true, varied = false;
      for (std::size_t k = 0; k < len && same; ++k) {
        char32_t c = cps_[i + k].cp;
        same = c == cps_[i + len + k].cp && is_cjk_ideograph(c) && !is_numeral(c);
        varied = varied || c != cps_[i].cp;
      }
      if (same && varied) return len;
    }
    char32_t c = cps_[i].cp;
    if (cps_[i + 1].cp != c) return 0;
    for (const Doubled& d : kNeverDoubled) {
      if (d.cp != c) continue;
      if (d.not_before != 0 && i > 0 && cps_[i - 1].cp == d.not_before) return 0;
      if (d.not_after != 0 && i + 2 < cps_.size() && cps_[i + 2].cp == d.not_after) return 0;
      if (i > 0 && cps_[i - 1].cp == c) return 0;  // three or more: a stutter of another kind
      return 1;
    }
    return 0;
  }

  std::string quoted(const ProseRun& run, std::size_t b, std::size_t e) const {
    std::string out;
    for (char c : ctx_.text.view(source_span(ctx_.text, run, b, e)))
      if (c != '\n' && c != '\r') out += c;
    return out;
  }

  const Rule& self_;
  const CheckContext& ctx_;
  Findings& out_;
  std::vector<CodePoint> cps_;  // the current run's code points, kept for their capacity
};

std::unique_ptr<RuleState> start(const Rule& self, const CheckContext& ctx, Findings& out) {
  return std::make_unique<Checker>(self, ctx, out);
}

void sentence_run(RuleState& checker, const ProseRun& run, const std::vector<shape::Count>&) {
  static_cast<Checker&>(checker).repeats(run);
}

void paragraph_run(RuleState& checker, const ProseRun& run) { static_cast<Checker&>(checker).unfinished(run); }

void paragraph(RuleState& checker, const Paragraph& p, const NormalizedText&) {
  static_cast<Checker&>(checker).ascii_marks(p);
}

}  // namespace

Rule rule_text_slip() {
  return Rule(RuleId::TextSlip).on_text(start).on_sentence_run(sentence_run).on_paragraph_run(paragraph_run).on_paragraph(paragraph);
}

}  // namespace gk::rules
