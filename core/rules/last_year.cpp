#include "rules/last_year.h"

#include <optional>
#include <string>

#include "text/normalize.h"

namespace gk::rules {

namespace {

std::string body_key(const CheckResult& r) {
  const bind::Signature& s = r.report.signature;
  std::optional<text::Span> body = s.title_body ? s.title_body : s.body;
  return body ? text::match_key(r.text.view(*body)) : std::string();
}

}  // namespace

const CheckResult* last_year_of(const CheckResult& now, const std::vector<CheckResult*>& results) {
  if (!now.report.year) return nullptr;
  const std::string body = body_key(now);
  if (body.empty()) return nullptr;
  for (const CheckResult* last : results) {
    if (last == &now || !last->report.year || *last->report.year + 1 != *now.report.year) continue;
    if (body_key(*last) == body) return last;
  }
  return nullptr;
}

}  // namespace gk::rules
