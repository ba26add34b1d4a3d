// text.table-mismatch: a number or a "none" in the running text that the tables contradict.
//   "受理/收到…公开申请 N 件"            vs 表三 一、本年新收 · 总计 (N may also count 上年结转)
//   "未收到/没有收到…申请", "无…公开申请" vs the same cell > 0
//   "行政复议 N 件" / "行政诉讼 N 件"      vs 表四 行政复议·总计 / 两个行政诉讼·总计之和
//   "无/未发生/没有…行政复议(行政诉讼)"   vs the same cells > 0
// The text is only compared when the table was read and the cell holds a number.
#include <memory>
#include <string>

#include "rules/rule.h"
#include "shape/prose_runs.h"
#include "text/utf8.h"

namespace gk::rules {

using bind::BoundTable, bind::BoundValue, bind::Report;
using format::FigureSpec, format::TextFigures;
using read::Cell;
using shape::Count, shape::ends_sentence, shape::ProseRun, shape::source_span;
using text::code_point_at, text::code_point_before, text::contains, text::next_code_point,
    text::previous_boundary, text::Quantity, text::ValueKind;

namespace {

struct TableFigure {
  const std::string* name = nullptr;  // as the format names it
  bool known = false;
  Quantity value;
  std::vector<const Cell*> cells;
};

TableFigure figure(const Report& report, const FigureSpec& spec) {
  TableFigure f;
  const BoundTable* t = report.table(spec.table);
  if (t == nullptr || t->spec == nullptr) return f;
  int r = t->spec->row_index(spec.row);
  if (r < 0 || t->rows[r].values.empty()) return f;
  for (const std::string& column : spec.columns) {
    int c = t->spec->column_index(column);
    if (c < 0) return TableFigure();
    const BoundValue& v = t->rows[r].values[c];
    if (v.cell == nullptr || v.value.kind != ValueKind::Number) return TableFigure();
    f.value = f.value + v.value.quantity;
    f.cells.push_back(v.cell);
  }
  f.name = &spec.name;
  f.known = true;
  return f;
}

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
bool other_scope(std::string_view before) {
  return contains_any(before, {"代表", "部门", "单位", "乡镇", "街道", "本级", "其中", "各"});
}

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

class Checker : public RuleState {
 public:
  Checker(const Rule& self, const CheckContext& ctx, Findings& out) : self_(self), ctx_(ctx), out_(out) {
    if (ctx.report.format == nullptr) return;
    const TextFigures& figures = ctx.report.format->text_figures;
    received_ = figure(ctx.report, figures.applications_received);
    carried_in_ = figure(ctx.report, figures.applications_carried_in);
    reviews_ = figure(ctx.report, figures.review_cases);
    suits_ = figure(ctx.report, figures.suit_cases);
  }

  bool anything_to_compare() const { return received_.known || reviews_.known || suits_.known; }

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
