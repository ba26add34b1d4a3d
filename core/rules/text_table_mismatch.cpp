// text.table-mismatch: a number or a "none" in the running text that the tables contradict.
//   "受理/收到…公开申请 N 件"            vs 表三 一、本年新收 · 总计 (N may also count 上年结转)
//   "未收到/没有收到…申请", "无…公开申请" vs the same cell > 0
//   "行政复议 N 件" / "行政诉讼 N 件"      vs 表四 行政复议·总计 / 两个行政诉讼·总计之和
//   "无/未发生/没有…行政复议(行政诉讼)"   vs the same cells > 0
// The text is only compared when the table was read and the cell holds a number.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "rules/rule.h"
#include "rules/table_figure.h"
#include "shape/prose_runs.h"
#include "text/utf8.h"

namespace gk::rules {

using format::StatedFigure, format::TextFigures;
using read::Cell;
using shape::Count, shape::ends_sentence, shape::ProseRun, shape::source_span;
using text::code_point_at, text::code_point_before, text::contains, text::next_code_point,
    text::previous_boundary, text::Quantity;

namespace {

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (contains(s, w)) return true;
  return false;
}

bool is_clause_end(char32_t cp) { return ends_sentence(cp) || cp == ',' || cp == ':'; }

// Bytes [from, end) of s up to the end of the clause, at most `limit` code points.
std::size_t clause_end(std::string_view s, std::size_t from, int limit) {
  std::size_t i = from;
  for (int n = 0; n < limit && i < s.size(); ++n) {
    std::size_t here = i;
    if (is_clause_end(next_code_point(s, i))) return here;
  }
  return i;
}

// The clause before byte `at`, at most `limit` code points.
std::string_view clause_before(std::string_view s, std::size_t at, int limit) {
  std::size_t b = at;
  for (int n = 0; n < limit && b > 0; ++n) {
    if (is_clause_end(code_point_before(s, b))) break;
    b = previous_boundary(s, b);
  }
  return s.substr(b, at - b);
}

// Words that put a figure in another year or another kind of count.
bool other_period(std::string_view before) {
  return contains_any(before, {"上年", "去年", "上一年", "往年", "历年", "累计", "结转", "同比", "较"});
}

// Words that give a figure a scope other than the reporting body as a whole: an office
// acting for it ("区政府办代表区政府受理…17 件" while 表三 counts 95), its departments.
bool other_body(std::string_view before) {
  return contains_any(before, {"代表", "部门", "单位", "乡镇", "街道", "本级", "各"});
}
bool other_scope(std::string_view before) { return other_body(before) || contains(before, "其中"); }

const std::string_view kReceiveWords[] = {"受理", "收到", "新收", "接收", "接到"};

// Negations, longest first. The generic ones (无, 没有, 未有) must be close to what they deny.
struct Negation {
  std::string_view word;
  bool generic;
};
const Negation kNegations[] = {
    {"没有收到", false}, {"没有受理", false}, {"没有接到", false}, {"没有发生", false}, {"没有出现", false},
    {"没有被", false},   {"没收到", false},   {"未收到", false},   {"未受理", false},   {"未接到", false},
    {"未接收", false},   {"未发生", false},   {"未出现", false},   {"未产生", false},   {"未因", false},
    {"未被", false},     {"未有", true},      {"没有", true},      {"无", true},        {"零", true},
};

// 无 inside a word: 无法, 无正当理由, 有无 …
bool is_word_with_wu(std::string_view s, std::size_t at) {
  char32_t before = code_point_before(s, at);
  if (before == U'有' || before == U'否' || before == U'并' || before == U'毫') return true;
  char32_t after = code_point_at(s, at + 3);
  static const char32_t kAfter[] = {U'法', U'正', U'力', U'论', U'需', U'关', U'偿', U'纸', U'效', U'误', U'缝',
                                    U'障', U'疑', U'不', U'序', U'理', U'私', U'限', U'形', U'线', U'故'};
  for (char32_t a : kAfter)
    if (after == a) return true;
  return false;
}


// A word that names a stated figure (format::StatedFigure).
struct StatedWord {
  std::string_view word;
  std::size_t figure = 0;    // index into TextFigures::stated
  bool count_first = false;  // one of its words_after: the count comes before it
};

// Every stated figure's words, longest first: where two are found at one place the longer
// one is meant (予以公开及部分公开 before 予以公开 and 部分公开).
std::vector<StatedWord> stated_words(const std::vector<StatedFigure>& figures) {
  std::vector<StatedWord> out;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    for (const std::string& w : figures[i].words) out.push_back({w, i, false});
    for (const std::string& w : figures[i].words_after) out.push_back({w, i, true});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const StatedWord& a, const StatedWord& b) { return a.word.size() > b.word.size(); });
  return out;
}

// What may stand between a stated figure's word and its count: "予以公开的申请共 120 件".
bool is_filler(char32_t cp) {
  static const std::u32string_view kFillers = U" 的申请共计合为有数量件达类答复:另等";
  return kFillers.find(cp) != std::u32string_view::npos;
}

bool only_fillers(std::string_view s, int limit) {
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++n)
    if (n >= limit || !is_filler(next_code_point(s, i))) return false;
  return true;
}

// A percentage just after a count that gives its share: "，占 48.2%", "（占比 48%）".
struct Percentage {
  double value = 0;
  int decimals = 0;
  std::size_t begin = 0, end = 0;  // the number and its %
};

std::optional<Percentage> share_after(std::string_view s, std::size_t from) {
  static const std::u32string_view kLead = U" ,(占比例总数的为";
  std::size_t i = from;
  bool share = false;
  for (int n = 0; n < 10 && i < s.size(); ++n) {
    std::size_t here = i;
    char32_t cp = next_code_point(s, i);
    if (cp >= '0' && cp <= '9') {
      i = here;
      break;
    }
    if (kLead.find(cp) == std::u32string_view::npos) return std::nullopt;
    share = share || cp == U'占' || cp == U'比' || cp == '(';
  }
  if (!share || i >= s.size() || s[i] < '0' || s[i] > '9') return std::nullopt;
  Percentage p;
  p.begin = i;
  double whole = 0, scale = 1;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - p.begin < 6) whole = whole * 10 + (s[i++] - '0');
  if (i + 1 < s.size() && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && p.decimals < 4) {
      scale /= 10;
      whole += (s[i++] - '0') * scale;
      ++p.decimals;
    }
  }
  if (i >= s.size() || s[i] != '%') return std::nullopt;
  p.value = whole;
  p.end = i + 1;
  return p;
}

// True when `written` (with its decimals) is `exact` rounded or cut to that many decimals.
bool percentage_agrees(double written, int decimals, double exact) {
  double unit = std::pow(10.0, -decimals);
  const double eps = 1e-9;
  return std::fabs(exact - written) <= unit / 2 + eps || (written <= exact + eps && exact < written + unit - eps);
}

std::string percent_text(double value, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

class Checker : public RuleState {
  struct Stated {
    const StatedFigure* spec;
    TableFigure table;
    std::vector<TableFigure> bases;  // its percent_of
  };

 public:
  Checker(const Rule& self, const CheckContext& ctx, Findings& out) : self_(self), ctx_(ctx), out_(out) {
    if (ctx.report.format == nullptr) return;
    const TextFigures& figures = ctx.report.format->text_figures;
    received_ = table_figure(ctx.report, figures.applications_received);
    carried_in_ = table_figure(ctx.report, figures.applications_carried_in);
    reviews_ = table_figure(ctx.report, figures.review_cases);
    suits_ = table_figure(ctx.report, figures.suit_cases);
    for (const StatedFigure& spec : figures.stated) {
      Stated st{&spec, table_figure(ctx.report, spec.figure), {}};
      for (const auto& base : spec.percent_of) st.bases.push_back(table_figure(ctx.report, base));
      if (st.table.known) any_stated_ = true;
      stated_.push_back(std::move(st));
    }
    words_ = stated_words(figures.stated);
    for (const StatedWord& w : words_)
      if (first_cps_.find(code_point_at(w.word, 0)) == std::u32string::npos) first_cps_ += code_point_at(w.word, 0);
    for (const StatedFigure& spec : figures.stated) {
      const std::string& c = spec.context;
      if (c.empty() || std::find(context_words_.begin(), context_words_.end(), c) != context_words_.end()) continue;
      context_words_.push_back(c);
      if (first_cps_.find(code_point_at(c, 0)) == std::u32string::npos) first_cps_ += code_point_at(c, 0);
    }
  }

  bool anything_to_compare() const { return received_.known || reviews_.known || suits_.known || any_stated_; }

  void check(const ProseRun& run, const std::vector<Count>& counts) {
    run_ = &run;
    const std::string_view s = run.text;
    counts_ = &counts;
    next_count_ = 0;
    std::size_t i = 0;
    while (i < s.size()) {
      // Every word looked for below starts with one of these ideographs; most characters
      // start none. Their UTF-8 starts with E5, E6, E8 or E9: other bytes (ASCII, other
      // ideographs' lead bytes, continuation bytes) are passed over undecoded.
      const auto lead = static_cast<unsigned char>(s[i]);
      if (lead != 0xE5 && lead != 0xE6 && lead != 0xE8 && lead != 0xE9) {
        ++i;
        continue;
      }
      std::size_t at = i;
      const char32_t cp = next_code_point(s, i);
      if (cp != U'受' && cp != U'收' && cp != U'新' && cp != U'接' && cp != U'行' && cp != U'没' && cp != U'未' &&
          cp != U'无' && cp != U'零')
        continue;
      while (next_count_ < counts_->size() && (*counts_)[next_count_].begin < at) ++next_count_;
      if (std::size_t n = negation_at(at)) {
        i = at + n;
        continue;
      }
      for (std::string_view w : kReceiveWords)
        if (s.substr(at, w.size()) == w) {
          stated_applications(at, at + w.size());
          break;
        }
      if (s.substr(at, 12) == "行政复议") stated_cases(at + 12, reviews_);
      if (s.substr(at, 12) == "行政诉讼")
        stated_cases(at + 12, suits_);
    }
    if (any_stated_) stated_figures();
  }

 private:
  // The source text of run bytes [b, e) as a message quotes it: a line break and the
  // blanks around it (a PDF line's indentation) removed.
  std::string quoted(std::size_t b, std::size_t e) const {
    std::string_view v = ctx_.text.view(source_span(ctx_.text, *run_, b, e));
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (v[i] == '\n' || v[i] == '\r') {
        while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
        while (i + 1 < v.size() && (v[i + 1] == ' ' || v[i + 1] == '\t' || v[i + 1] == '\n' || v[i + 1] == '\r')) ++i;
        continue;
      }
      out += v[i];
    }
    return out;
  }

  Finding finding(std::size_t b, std::size_t e, std::string message, const TableFigure& table, Quantity text_value) {
    Finding f = make_finding(self_, source_span(ctx_.text, *run_, b, e), std::move(message));
    f.expected = table.value;
    f.actual = text_value;
    for (const Cell* c : table.cells) f.related.push_back(c->span);
    return f;
  }

  // The first count of the clause after `from`, if what lies between is only `allowed`.
  const Count* count_after(std::size_t from, std::size_t clause_end_at) const {
    for (std::size_t k = next_count_; k < counts_->size(); ++k) {
      if ((*counts_)[k].begin < from) continue;
      if ((*counts_)[k].begin >= clause_end_at) return nullptr;
      return &(*counts_)[k];
    }
    return nullptr;
  }

  // "受理政府信息公开申请 3119 件"
  void stated_applications(std::size_t at, std::size_t from) {
    if (!received_.known) return;
    const std::string_view s = run_->text;
    char32_t before = code_point_before(s, at);
    if (before == U'未' || before == U'没' || before == U'无' || before == U'不') return;
    std::string_view subject = clause_before(s, at, 16);
    if (other_period(subject) || other_scope(subject)) return;
    std::size_t end = clause_end(s, from, 40);
    const Count* c = count_after(from, end);
    if (c == nullptr || c->unit != "件" || c->approximate || c->change) return;
    std::string_view between = s.substr(from, c->begin - from);
    if (!contains(between, "申请")) return;
    if (!contains(between, "公开") && run_->section != 3) return;
    if (contains_any(between, {"复议", "诉讼", "结转", "许可", "不予", "答复", "办结", "信访", "投诉", "建议", "提案",
                               "上年", "去年", "其中"}))
      return;
    Quantity stated = Quantity::of(c->value);
    if (stated == received_.value) return;
    if (carried_in_.known && stated == received_.value + carried_in_.value) return;  // 受理 may include 结转
    std::string unit = c->unit;
    out_.push_back(finding(c->begin, c->end,
                           "正文写“" + quoted(at, c->unit_end) + "”，但" + *received_.name + "为" +
                               received_.value.str() + unit + "：应为" + received_.value.str() + "，实为" +
                               std::to_string(c->value),
                           received_, stated));
  }

  // "行政复议 351 件", "行政诉讼案件共 46 件"
  void stated_cases(std::size_t from, const TableFigure& table) {
    if (!table.known) return;
    const std::string_view s = run_->text;
    std::size_t start = from - 12;
    if (other_period(clause_before(s, start, 12))) return;
    std::size_t end = clause_end(s, from, 14);
    const Count* c = count_after(from, end);
    if (c == nullptr || c->approximate || c->change) return;
    if (c->unit != "件" && c->unit != "起" && c->unit != "宗") return;
    // Only words that name the same figure may stand between: 案件, 申请, 共计, 数量为 …
    for (std::size_t g = from; g < c->begin;) {
      char32_t cp = next_code_point(s, g);
      if (cp == ' ') continue;
      static const std::u32string_view kAllowed = U"案件申请数量共计合总有为达";
      if (kAllowed.find(cp) == std::u32string_view::npos) return;
    }
    Quantity stated = Quantity::of(c->value);
    if (stated == table.value) return;
    out_.push_back(finding(c->begin, c->end,
                           std::string("正文写“") + quoted(start, c->unit_end) + "”，但" + *table.name + "为" +
                               table.value.str() + c->unit + "：应为" + table.value.str() + "，实为" +
                               std::to_string(c->value),
                           table, stated));
  }

  // "予以公开 120 件", "103 件结转下年度", "行政复议 351 件，其中结果维持 72 件"
  void stated_figures() {
    const std::string_view s = run_->text;
    struct Found {
      std::size_t begin, end;
      const StatedWord* word;
    };
    std::vector<Found> found;
    std::vector<std::pair<std::size_t, const std::string*>> contexts;  // 行政复议, 行政诉讼 where they stand
    std::vector<std::size_t> sentence_ends;
    // One pass: every word starts with an ideograph (three bytes in UTF-8) of first_cps_.
    for (std::size_t i = 0; i < s.size();) {
      if (static_cast<unsigned char>(s[i]) < 0xE0) {
        if (s[i] == ';' || s[i] == '!' || s[i] == '?') sentence_ends.push_back(i);  // ；！？ in the NFKC view
        ++i;
        continue;
      }
      std::size_t at = i;
      const char32_t cp = next_code_point(s, i);
      if (ends_sentence(cp)) sentence_ends.push_back(at);
      if (first_cps_.find(cp) == std::u32string::npos) continue;
      for (const StatedWord& w : words_)  // longest first: at one place, the longer comes first
        if (s.compare(at, w.word.size(), w.word) == 0) found.push_back({at, at + w.word.size(), &w});
      for (const std::string& c : context_words_)
        if (s.compare(at, c.size(), c) == 0) contexts.push_back({at, &c});
    }
    if (found.empty()) return;
    std::size_t covered_begin = 0, covered_end = 0;
    for (const Found& f : found) {
      if (f.begin < covered_end && !(f.begin == covered_begin && f.end == covered_end)) continue;
      covered_begin = f.begin;
      covered_end = f.end;
      const Stated& st = stated_[f.word->figure];
      if (!st.table.known) continue;
      if (!st.spec->context.empty() && context_at(f.begin, contexts, sentence_ends) != st.spec->context) continue;
      const Count* c = f.word->count_first ? count_before(f.begin) : count_after_word(f.end);
      if (c == nullptr || c->approximate || c->change) continue;
      if (c->unit != "件" && c->unit != "起" && c->unit != "宗") continue;
      std::size_t b = f.word->count_first ? c->begin : f.begin;
      std::size_t e = f.word->count_first ? f.end : c->unit_end;
      std::string_view subject = clause_before(s, b, 16);
      if (other_period(subject) || other_body(subject)) continue;
      Quantity stated = Quantity::of(c->value);
      if (stated != st.table.value) {
        out_.push_back(finding(c->begin, c->end,
                               "正文写“" + quoted(b, e) + "”，但" + *st.table.name + "为" + st.table.value.str() +
                                   c->unit + "：应为" + st.table.value.str() + "，实为" + std::to_string(c->value),
                               st.table, stated));
        continue;
      }
      if (f.word->count_first) continue;
      stated_share(st, b, *c);
    }
  }

  // The context word nearest before `at` in its sentence, or "".
  static std::string_view context_at(std::size_t at, const std::vector<std::pair<std::size_t, const std::string*>>& contexts,
                                     const std::vector<std::size_t>& sentence_ends) {
    auto c = std::lower_bound(contexts.begin(), contexts.end(), std::make_pair(at, static_cast<const std::string*>(nullptr)));
    if (c == contexts.begin()) return {};
    --c;
    auto end = std::lower_bound(sentence_ends.begin(), sentence_ends.end(), c->first);
    if (end != sentence_ends.end() && *end < at) return {};  // a sentence ends between
    return *c->second;
  }

  // The count just after a figure's word, with only fillers between.
  const Count* count_after_word(std::size_t from) const {
    auto c = std::lower_bound(counts_->begin(), counts_->end(), from, [](const Count& k, std::size_t at) { return k.begin < at; });
    if (c == counts_->end() || !only_fillers(std::string_view(run_->text).substr(from, c->begin - from), 8)) return nullptr;
    return &*c;
  }

  // The count just before a figure's words_after, with only fillers between.
  const Count* count_before(std::size_t at) const {
    auto c = std::lower_bound(counts_->begin(), counts_->end(), at, [](const Count& k, std::size_t p) { return k.begin < p; });
    if (c == counts_->begin()) return nullptr;
    --c;
    if (c->unit_end > at || !only_fillers(std::string_view(run_->text).substr(c->unit_end, at - c->unit_end), 6)) return nullptr;
    return &*c;
  }

  // "予以公开 120 件，占 48%": the share of one of the figure's bases, as written or rounded.
  void stated_share(const Stated& st, std::size_t b, const Count& c) {
    std::optional<Percentage> p = share_after(run_->text, c.unit_end);
    if (!p) return;
    const TableFigure* first = nullptr;
    for (const TableFigure& base : st.bases) {
      if (!base.known || base.value.scaled <= 0) continue;
      if (percentage_agrees(p->value, p->decimals, 100.0 * st.table.value.as_double() / base.value.as_double())) return;
      if (first == nullptr) first = &base;
    }
    if (first == nullptr) return;
    std::string computed = percent_text(100.0 * st.table.value.as_double() / first->value.as_double(), p->decimals);
    std::string written(run_->text.substr(p->begin, p->end - 1 - p->begin));
    Finding f = make_finding(self_, source_span(ctx_.text, *run_, p->begin, p->end),
                             "正文写“" + quoted(b, p->end) + "”，但" + *st.table.name + "为" + st.table.value.str() +
                                 "件，" + *first->name + "为" + first->value.str() + "件，占比为" + computed +
                                 "%：应为" + computed + "%，实为" + written + "%");
    for (const Cell* cell : st.table.cells) f.related.push_back(cell->span);
    for (const Cell* cell : first->cells) f.related.push_back(cell->span);
    out_.push_back(std::move(f));
  }

  // A denial at `at`: checks it and returns its length, or 0.
  std::size_t negation_at(std::size_t at) {
    const std::string_view s = run_->text;
    for (const Negation& n : kNegations) {
      if (s.substr(at, n.word.size()) != n.word) continue;
      if (n.word == "无" && is_word_with_wu(s, at)) return 0;
      if (n.word == "没有" || n.word == "未有") {
        char32_t before = code_point_before(s, at);
        if (before == U'是' || before == U'有') return 0;  // 有没有, 是否没有
      }
      std::size_t from = at + n.word.size();
      std::size_t end = clause_end(s, from, 40);
      std::string_view clause = s.substr(from, end - from);
      denied_applications(at, from, clause, n.generic);
      denied_cases(at, from, clause, n.generic);
      return n.word.size();
    }
    return 0;
  }

  // "没有收到群众提交的政府信息公开申请"
  void denied_applications(std::size_t at, std::size_t from, std::string_view clause, bool generic) {
    if (!received_.known || received_.value.scaled <= 0) return;
    std::size_t a = clause.find("申请");
    if (a == std::string_view::npos) return;
    std::string_view object = clause.substr(0, a);
    if (generic && object.size() > 12 * 3) return;
    if (!contains(clause, "公开") && run_->section != 3) return;
    if (contains_any(clause, {"复议", "诉讼", "结转", "不予", "逾期", "补正", "费", "答复", "延期", "撤回", "超期",
                              "超时", "投诉", "举报", "纠错", "败诉"}))
      return;
    if (generic && contains_any(object, {"不", "未", "无"})) return;
    for (char c : object)
      if (c >= '0' && c <= '9') return;  // figures between: not a plain denial
    std::size_t e = from + a + 6;
    out_.push_back(finding(at, e,
                           "正文写“" + quoted(at, e) + "”，但" + *received_.name + "为" +
                               received_.value.str() + "件：应为" + received_.value.str() + "，实为0",
                           received_, Quantity::of(0)));
  }

  // "未有政府信息公开的行政复议和行政诉讼等情况"
  void denied_cases(std::size_t at, std::size_t from, std::string_view clause, bool generic) {
    if (contains_any(clause, {"纠错", "纠正", "败诉", "撤销", "维持", "结果", "确认违法", "审结", "超", "逾期"})) return;
    struct Denied {
      const char* word;
      const TableFigure* table;
    };
    const Denied kinds[] = {
        {"行政复议", &reviews_},
        {"行政诉讼", &suits_},
    };
    for (const Denied& d : kinds) {
      std::size_t p = clause.find(d.word);
      if (p == std::string_view::npos || !d.table->known || d.table->value.scaled <= 0) continue;
      if (generic && p > 16 * 3) continue;
      bool figures = false;
      for (char c : clause.substr(0, p)) figures = figures || (c >= '0' && c <= '9');
      if (figures) continue;
      std::size_t e = from + p + 12;
      out_.push_back(finding(at, e,
                             "正文写“" + quoted(at, e) + "”，但" + *d.table->name + "为" + d.table->value.str() +
                                 "件：应为" + d.table->value.str() + "，实为0",
                             *d.table, Quantity::of(0)));
    }
  }

  const Rule& self_;
  const CheckContext& ctx_;
  Findings& out_;
  TableFigure received_, carried_in_, reviews_, suits_;
  std::vector<Stated> stated_;
  bool any_stated_ = false;
  std::vector<StatedWord> words_;
  std::vector<std::string> context_words_;  // the stated figures' contexts, each once
  std::u32string first_cps_;                // the first code point of every word and context
  const ProseRun* run_ = nullptr;
  const std::vector<Count>* counts_ = nullptr;  // the current run's
  std::size_t next_count_ = 0;
};

std::unique_ptr<RuleState> start(const Rule& self, const CheckContext& ctx, Findings& out) {
  auto checker = std::make_unique<Checker>(self, ctx, out);
  if (!checker->anything_to_compare()) return nullptr;
  return checker;
}

void sentence_run(RuleState& checker, const ProseRun& run, const std::vector<Count>& counts) {
  static_cast<Checker&>(checker).check(run, counts);
}

}  // namespace

Rule rule_text_table_mismatch() { return Rule(RuleId::TextTableMismatch).on_text(start).on_sentence_run(sentence_run); }

}  // namespace gk::rules
