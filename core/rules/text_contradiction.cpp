// text.contradiction: a statement in the running text that the tables make untrue, though
// it states no figure:
//   "所有申请均已办结", "全部按时答复"          while 表三 四、结转下年度继续办理 is above 0
//   "未收取行政事业性收费", 六's "未收取任何费用" while 表二 行政事业性收费 is above 0
// (A denial of 行政复议 or 行政诉讼 against 表四 is text.table-mismatch's, with the figures.)
#include <memory>
#include <string>

#include "rules/rule.h"
#include "rules/table_figure.h"
#include "text/utf8.h"

namespace gk::rules {

using read::Cell;
using shape::Count, shape::ends_sentence, shape::ProseRun, shape::source_span;
using text::contains, text::next_code_point;

namespace {

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (contains(s, w)) return true;
  return false;
}

// The first of `words` in s at or after `from`: its place and length, or npos.
std::pair<std::size_t, std::size_t> first_of(std::string_view s, std::initializer_list<std::string_view> words,
                                             std::size_t from = 0) {
  std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
  for (std::string_view w : words) {
    std::size_t p = s.find(w, from);
    if (p < best.first) best = {p, w.size()};
  }
  return best;
}

class Checker : public RuleState {
 public:
  Checker(const Rule& self, const CheckContext& ctx, Findings& out) : self_(self), ctx_(ctx), out_(out) {
    if (ctx.report.format == nullptr) return;
    carried_out_ = table_figure(ctx.report, ctx.report.format->text_figures.applications_carried_out);
    fees_ = table_figure(ctx.report, ctx.report.format->text_figures.fees);
  }

  bool anything_to_compare() const { return above_zero(carried_out_) || above_zero(fees_); }

  void check(const ProseRun& run) {
    run_ = &run;
    const std::string_view s = run.text;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < s.size();) {
      if (!ends_sentence(next_code_point(s, i)) && i < s.size()) continue;
      sentence(begin, i);
      begin = i;
    }
  }

 private:
  static bool above_zero(const TableFigure& f) { return f.known && f.value.scaled > 0; }

  // The sentence [b, e) of the run.
  void sentence(std::size_t b, std::size_t e) {
    std::string_view s = std::string_view(run_->text).substr(b, e - b);
    if (above_zero(carried_out_)) all_settled(b, s);
    if (above_zero(fees_)) no_fee(b, s);
  }

  // "收到申请 5 件，均已按要求办理完成": all settled, while some are carried into next year.
  void all_settled(std::size_t b, std::string_view s) {
    std::size_t applications = s.find("申请");
    if (applications == std::string_view::npos) return;
    // Other matters settled in full (建议提案, 信访), or the carried ones said in the sentence.
    if (contains_any(s, {"建议", "提案", "信访", "投诉", "诉求", "热线", "留言", "咨询", "结转", "顺延", "下年度", "下一年度"}))
      return;
    auto done = first_of(s, {"办结", "办理完成", "办理完毕", "处理完毕", "答复完毕", "按时答复", "按期答复"}, applications);
    if (done.first == std::string_view::npos) return;
    std::string_view before = s.substr(0, done.first);
    const bool answered = s.compare(done.first + done.second - 6, 6, "答复") == 0;
    // 按时答复 says all only with 所有 or 全部; 办结 also with 均 (均已办结).
    auto all = answered ? first_of(before, {"所有", "全部"}) : first_of(before, {"所有", "全部", "均", "一律"});
    if (all.first == std::string_view::npos) return;
    if (contains_any(before.substr(all.first), {"未", "没有", "不"}) || contains_any(before, {"并非", "不是", "并未"}))
      return;
    std::size_t from = b + all.first, to = b + done.first + done.second;
    report(from, to,
           "正文写“" + quoted(from, to) + "”，但" + *carried_out_.name + "为" + carried_out_.value.str() +
               "件：仍有申请结转下年度继续办理，并非全部办结",
           carried_out_);
  }

  // "本年度未收取行政事业性收费", or in 六 "未收取任何费用", while 表二 has fees.
  void no_fee(std::size_t b, std::string_view s) {
    auto fee = first_of(s, {"行政事业性收费", "任何费用"});
    if (fee.first == std::string_view::npos) return;
    if (s.compare(fee.first, 12, "任何费用") == 0 && run_->section != 6) return;
    if (contains_any(s, {"处理费", "信息公开费", "检索", "复制", "邮寄"})) return;  // the 信息处理费, not 表二's fees
    std::string_view before = s.substr(0, fee.first);
    std::size_t denial = std::string_view::npos;
    for (std::string_view w : {"未", "没有", "无"}) {
      std::size_t p = before.rfind(w);
      if (p != std::string_view::npos && (denial == std::string_view::npos || p > denial)) denial = p;
    }
    if (denial == std::string_view::npos || fee.first - denial > 12 * 3) return;
    std::size_t from = b + denial, to = b + fee.first + fee.second;
    report(from, to,
           "正文写“" + quoted(from, to) + "”，但" + *fees_.name + "为" + fees_.value.str() + "万元：本年收取了行政事业性收费",
           fees_);
  }

  std::string quoted(std::size_t b, std::size_t e) const {
    std::string out;
    for (char c : ctx_.text.view(source_span(ctx_.text, *run_, b, e)))
      if (c != '\n' && c != '\r') out += c;
    return out;
  }

  void report(std::size_t b, std::size_t e, std::string message, const TableFigure& table) {
    Finding f = make_finding(self_, source_span(ctx_.text, *run_, b, e), std::move(message));
    for (const Cell* c : table.cells) f.related.push_back(c->span);
    out_.push_back(std::move(f));
  }

  const Rule& self_;
  const CheckContext& ctx_;
  Findings& out_;
  TableFigure carried_out_, fees_;
  const ProseRun* run_ = nullptr;
};

std::unique_ptr<RuleState> start(const Rule& self, const CheckContext& ctx, Findings& out) {
  auto checker = std::make_unique<Checker>(self, ctx, out);
  if (!checker->anything_to_compare()) return nullptr;
  return checker;
}

void sentence_run(RuleState& checker, const ProseRun& run, const std::vector<Count>&) {
  static_cast<Checker&>(checker).check(run);
}

}  // namespace

Rule rule_text_contradiction() { return Rule(RuleId::TextContradiction).on_text(start).on_sentence_run(sentence_run); }

}  // namespace gk::rules
