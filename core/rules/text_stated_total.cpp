// text.stated-total: a sentence states a total and its parts, and they do not add up.
//   parts, then total: "政策信息 4 条，监督管理信息 3 条，扶贫项目资金 48 条，共有 55 条"
//   total, then parts: "行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，…"
// Only counts with the same unit are added. A "其中" that lists only some of the parts is
// common ("收到申请 10 件，其中自然人 8 件"), so the 其中 shape is reported when two or
// more parts never reach the total, or when they exceed it.
#include <algorithm>
#include <memory>
#include <string>

#include "rules/rule.h"
#include "shape/prose_runs.h"
#include "text/utf8.h"

namespace gk::rules {

using shape::Count, shape::ends_sentence, shape::ProseRun, shape::source_span;
using text::code_point_at, text::code_point_before, text::has_at, text::next_code_point, text::Quantity;

namespace {

// Sums of counts stop here: above any count (twelve digits at most), and far from overflow.
constexpr std::int64_t kMaxSum = 10000000000000LL;  // 10^13

// Code points of the trigger words that introduce a total, longest first.
const std::string_view kTotalWords[] = {"共计", "合计", "总计", "共有", "总共", "一共", "共"};

// 共 inside these words is not a total: 公共, 中共, 共同, 共享, 共建, 共和国 …
bool is_word_with_gong(std::string_view s, std::size_t i) {
  char32_t before = code_point_before(s, i);
  if (before == U'公' || before == U'中' || before == U'与') return true;
  char32_t after = code_point_at(s, i + 3);
  static const char32_t kAfter[] = {U'同', U'享', U'建', U'治', U'性', U'产', U'青', U'商', U'赢', U'识', U'担',
                                    U'进', U'育', U'创', U'用', U'通', U'鸣', U'振', U'存', U'处', U'事', U'和',
                                    U'济', U'谋', U'筑', U'管', U'驻', U'生', U'克', U'抓', U'助', U'推'};
  for (char32_t a : kAfter)
    if (after == a) return true;
  return false;
}

// The total word at byte i, or 0.
std::size_t total_word_at(std::string_view s, std::size_t i) {
  // Every word starts with 共, 合, 总 or 一, compared inline: most code points are none.
  if (!has_at(s, i, "共") && !has_at(s, i, "合") && !has_at(s, i, "总") && !has_at(s, i, "一")) return 0;
  for (std::string_view w : kTotalWords) {
    if (s.substr(i, w.size()) != w) continue;
    if (w == "共" && is_word_with_gong(s, i)) return 0;
    return w.size();
  }
  return 0;
}

bool is_gap_punct(char32_t cp) { return cp == ',' || cp == ':' || cp == U'。' || cp == U'，' || cp == U'：'; }

bool is_clause_punct(char32_t cp) {
  return ends_sentence(cp) || cp == ',' || cp == ':' || cp == U'、' || cp == '(' || cp == ')' || cp == U'“' ||
         cp == U'”' || cp == U'《' || cp == U'》';
}

std::string list_text(const std::vector<const Count*>& parts) {
  std::string s;
  for (const Count* c : parts) {
    if (!s.empty()) s += "+";
    s += std::to_string(c->value);
  }
  return s;
}

struct Reporter {
  const Rule& self;
  const CheckContext& ctx;
  const ProseRun& run;
  Findings& out;
  std::vector<std::size_t> reported;  // totals already reported, by their run offset

  void report(const Count& total, const std::vector<const Count*>& parts, std::int64_t sum, const std::string& how) {
    for (std::size_t r : reported)
      if (r == total.begin) return;
    reported.push_back(total.begin);
    Finding f = make_finding(self, source_span(ctx.text, run, total.begin, total.end),
                             "总数写为" + std::to_string(total.value) + total.unit + "，但" + how + "各项之和为" +
                                 std::to_string(sum) + total.unit + "（" + list_text(parts) + "），两者不符");
    f.expected = Quantity::of(sum);
    f.actual = Quantity::of(total.value);
    for (const Count* c : parts) f.related.push_back(source_span(ctx.text, run, c->begin, c->end));
    out.push_back(std::move(f));
  }
};

void check_run(const Rule& self, const CheckContext& ctx, const ProseRun& run, const std::vector<Count>& counts,
               Findings& out) {
  const std::string_view s = run.text;
  if (counts.empty()) return;
  Reporter rep{self, ctx, run, out, {}};

  std::size_t ci = 0;          // first count at or after the scan position
  std::size_t sentence = 0;    // where the current sentence starts
  std::size_t barrier = 0;     // parts of a 共-total are counted from here
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t at = i;
    char32_t cp = next_code_point(s, i);
    while (ci < counts.size() && counts[ci].begin < at) ++ci;
    if (ends_sentence(cp)) {
      sentence = barrier = i;
      continue;
    }
    // total, then parts: "… 351 件，其中 72 件，64 件 …"
    if (has_at(s, at, "其中") && code_point_before(s, at) != U'尤' && code_point_before(s, at) != U'极') {
      std::size_t q = at + 6;
      barrier = q;
      if (ci == 0) continue;
      const Count& total = counts[ci - 1];
      bool adjacent = total.unit_end <= at;
      for (std::size_t g = total.unit_end; adjacent && g < at;) {
        char32_t c = next_code_point(s, g);
        adjacent = c == ' ' || is_gap_punct(c);
      }
      if (!adjacent || total.approximate || total.change) continue;
      std::string_view lead = s.substr(q, 9);
      bool partial_list = lead.rfind("主要", 0) == 0 || lead.rfind("包括", 0) == 0 || lead.rfind(":主要", 0) == 0;
      std::vector<const Count*> parts;
      std::int64_t sum = 0;
      bool reached = false, unusable = false;
      std::size_t end = q;  // where the parts end
      for (std::size_t k = q; k < s.size();) {
        std::size_t here = k;
        char32_t c = next_code_point(s, k);
        if (ends_sentence(c) || has_at(s, here, "其中") || total_word_at(s, here)) break;
        end = k;
        if (c == U'等') partial_list = true;
      }
      for (std::size_t p = ci; p < counts.size() && counts[p].unit_end <= end; ++p) {
        const Count& c = counts[p];
        if (c.unit != total.unit || c.change) continue;
        if (c.approximate) {
          unusable = true;
          break;
        }
        parts.push_back(&c);
        sum = std::min(sum + c.value, kMaxSum);
        if (sum >= total.value) {
          reached = sum == total.value;
          break;
        }
      }
      if (unusable || reached || parts.empty()) continue;
      if (sum > total.value || (parts.size() >= 2 && !partial_list)) rep.report(total, parts, sum, "“其中”所列");
      continue;
    }
    // parts, then total: "4 条，3 条，48 条，共有 55 条"
    if (std::size_t w = total_word_at(s, at)) {
      std::size_t te = at + w;
      i = te;
      // The total: the first count after the word, within the same clause, a few words on.
      std::size_t t = ci;
      while (t < counts.size() && counts[t].begin < te) ++t;
      if (t == counts.size()) continue;
      const Count& total = counts[t];
      bool near = true;
      int words = 0;
      for (std::size_t g = te; near && g < total.begin;) {
        char32_t c = next_code_point(s, g);
        near = !is_clause_punct(c) && ++words <= 12;
      }
      if (!near) continue;
      std::size_t from = std::max(barrier, sentence);
      barrier = total.unit_end;
      if (total.approximate || total.change) continue;
      std::vector<const Count*> parts;
      bool unusable = false;
      for (std::size_t p = ci; p-- > 0;) {
        const Count& c = counts[p];
        if (c.begin < from) break;
        if (c.unit != total.unit || c.change) continue;
        if (c.approximate) unusable = true;
        parts.push_back(&c);
      }
      std::reverse(parts.begin(), parts.end());
      if (unusable || parts.size() < 2) continue;
      // Consistent when the parts nearest the total add up to it (earlier counts of the
      // same sentence may be something else: "收到 10 件，答复 8 件，结转 2 件，共计 10 件").
      std::int64_t suffix = 0, sum = 0;
      bool matches = false;
      for (std::size_t p = parts.size(); p-- > 0;) {
        suffix = std::min(suffix + parts[p]->value, kMaxSum);
        matches = matches || suffix == total.value;
      }
      sum = suffix;
      if (!matches) rep.report(total, parts, sum, "“" + std::string(s.substr(at, w)) + "”之前所列");
    }
  }
}

std::unique_ptr<RuleState> start(const Rule& self, const CheckContext& ctx, Findings& out) {
  return std::make_unique<RuleCall>(self, ctx, out);
}

void sentence_run(RuleState& state, const ProseRun& run, const std::vector<Count>& counts) {
  RuleCall& call = static_cast<RuleCall&>(state);
  check_run(call.self, call.ctx, run, counts, call.out);
}

}  // namespace

Rule rule_text_stated_total() { return Rule(RuleId::TextStatedTotal).on_text(start).on_sentence_run(sentence_run); }

}  // namespace gk::rules
