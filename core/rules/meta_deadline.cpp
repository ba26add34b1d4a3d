// meta.deadline: signed after the deadline of 条例第四十九条 — 1月31日 of the following year
// for 县级以上人民政府部门, 3月31日 for 县级以上地方人民政府. The body's name tells which:
// "…人民政府" / "…政府" is a government, "…人民政府办公室" and everything else a department.
#include <string>
#include <tuple>

#include "rules/section_rules_common.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::rules {

using bind::Report;
using text::ends_with, text::match_key;

namespace {

std::string date_text(int y, int m, int d) {
  return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  if (!looks_like_report(ctx)) return;
  const Report& r = ctx.report;
  const auto& date = r.signature.date;
  if (!r.year || !date) return;
  const int due_year = *r.year + 1;

  // The signed body names the issuer; the title's body when nothing is signed.
  const auto& body_span = r.signature.body ? r.signature.body : r.signature.title_body;
  std::string body = body_span ? std::string(ctx.text.view(*body_span)) : std::string();
  std::string key = match_key(body);
  const bool known = !key.empty();
  const bool government = known && ends_with(key, "政府");  // …人民政府, …政府; not …政府办公室

  const int due_month = government || !known ? 3 : 1;
  const int due_day = 31;
  if (std::make_tuple(date->year, date->month, date->day) <= std::make_tuple(due_year, due_month, due_day)) return;

  std::string who;
  if (!known)
    who = "报告未写明发布机关，按县级以上地方人民政府的最晚期限计";
  else if (government)
    who = "“" + body + "”为人民政府，县级以上地方人民政府应在每年3月31日前公布上一年度报告";
  else
    who = "“" + body + "”为政府部门，县级以上人民政府部门应在每年1月31日前公布上一年度报告";
  out.push_back(make_finding(self, date->span,
                             "落款日期" + date_text(date->year, date->month, date->day) + "晚于法定期限" +
                                 date_text(due_year, due_month, due_day) + "（" + who + "，条例第四十九条）"));
}

}  // namespace

Rule rule_meta_deadline() { return Rule(RuleId::MetaDeadline).on_report(run); }

}  // namespace gk::rules
