// meta.body: the body the title names and the body signed at the end are not the same.
// A shorter name of the same body (洪泽区人民政府 for 淮安市洪泽区人民政府, 政府 for 人民政府,
// 互助县 for 互助土族自治县) is the same body, and so is a body's own office signing its report (…人民政府办公室).
#include <string>

#include "rules/section_rules_common.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::rules {

using text::code_point_before, text::ends_with, text::match_key, text::next_code_point;

namespace {

// The name as compared: its match key without 人民 (…区政府 is …区人民政府).
std::string name_key(std::string_view name) {
  std::string key = match_key(name);
  for (std::size_t at = key.find("人民"); at != std::string::npos; at = key.find("人民", at)) key.erase(at, 6);
  return key;
}

// True when every code point of `shorter` appears in `longer`, in order.
bool within(std::string_view shorter, std::string_view longer) {
  std::size_t i = 0, j = 0;
  while (i < shorter.size()) {
    char32_t cp = next_code_point(shorter, i);
    for (;;) {
      if (j >= longer.size()) return false;
      if (next_code_point(longer, j) == cp) break;
    }
  }
  return true;
}

// One name is the other shortened: its front (the province, the city) left off, or words left
// out inside it as common short names do (互助县 for 互助土族自治县, 卫健局 for 卫生健康局);
// the kind of body, its last character, stays.
bool shortened(const std::string& a, const std::string& b) {
  if (ends_with(a, b) || ends_with(b, a)) return true;
  if (a.empty() || b.empty() || code_point_before(a, a.size()) != code_point_before(b, b.size())) return false;
  return a.size() < b.size() ? within(a, b) : within(b, a);
}

bool same_body(std::string_view title, std::string_view signed_by) {
  std::string a = name_key(title), b = name_key(signed_by);
  if (shortened(a, b)) return true;
  for (std::string_view office : {"办公室", "办公厅"}) {
    if (ends_with(a, office) && shortened(a.substr(0, a.size() - office.size()), b)) return true;
    if (ends_with(b, office) && shortened(a, b.substr(0, b.size() - office.size()))) return true;
  }
  return false;
}

void run(const Rule& self, const CheckContext& ctx, Findings& out) {
  if (!looks_like_report(ctx)) return;
  const bind::Signature& sig = ctx.report.signature;
  if (!sig.title_body || !sig.body) return;
  std::string_view title = ctx.text.view(*sig.title_body), signed_by = ctx.text.view(*sig.body);
  if (same_body(title, signed_by)) return;
  Finding f = make_finding(self, *sig.body,
                           "标题中的发布机关为“" + std::string(title) + "”，落款为“" + std::string(signed_by) +
                               "”，两者不一致；请核对发布机关名称");
  f.related.push_back(*sig.title_body);
  out.push_back(std::move(f));
}

}  // namespace

Rule rule_meta_body() { return Rule(RuleId::MetaBody).on_report(run); }

}  // namespace gk::rules
