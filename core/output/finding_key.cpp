#include "output/finding_key.h"

#include <unordered_map>

#include "text/utf8.h"

namespace gk::output {

using rules::Finding;

namespace {

// What a finding without values quotes: its text without blanks (which a re-typed report
// moves), cut to a few words.
std::string quoted(std::string_view s, std::size_t max_code_points = 24) {
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size() && n < max_code_points;) {
    const std::size_t at = i;
    const char32_t cp = text::next_code_point(s, i);
    if (cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\u3000') continue;
    out.append(s.substr(at, i - at));
    ++n;
  }
  return out;
}

std::string values(const CheckResult& r, const Finding& f) {
  if (f.expected || f.actual)
    return (f.expected ? f.expected->str() : std::string()) + "→" + (f.actual ? f.actual->str() : std::string());
  const std::string_view t = r.text.str();
  if (f.span.end > t.size() || f.span.empty()) return "";
  // A mark of a few characters (",", the last word of an unfinished paragraph) is told from
  // the same mark elsewhere by the words before it on its line.
  constexpr std::size_t kAtLeast = 8;
  std::size_t begin = f.span.begin;
  const std::string_view covered = t.substr(f.span.begin, f.span.size());
  std::size_t n = text::more_code_points_than(covered, kAtLeast) ? kAtLeast : text::count_code_points(covered);
  while (n < kAtLeast && begin > 0 && t[begin - 1] != '\n') {
    begin = text::previous_boundary(t, begin);
    ++n;
  }
  return quoted(t.substr(begin, f.span.end - begin));
}

std::string base_name(const std::string& file) {
  const std::size_t slash = file.find_last_of("/\\");
  return slash == std::string::npos ? file : file.substr(slash + 1);
}

}  // namespace

std::string report_key(const CheckResult& r) {
  const bind::Signature& sig = r.report.signature;
  const std::optional<text::Span> body = sig.title_body ? sig.title_body : sig.body;
  if (body && !body->empty() && r.report.year)
    return quoted(r.text.view(*body), 200) + "|" + std::to_string(*r.report.year);
  return base_name(r.file);
}

std::vector<std::string> finding_keys(const CheckResult& r, const FindingPlaces& places) {
  std::vector<std::string> keys;
  keys.reserve(r.findings.size());
  std::unordered_map<std::string, std::size_t> seen;
  for (const Finding& f : r.findings) {
    std::string key = f.rule + "|" + places.of(f).anchor + "|" + values(r, f);
    const std::size_t n = ++seen[key];
    if (n > 1) key += "#" + std::to_string(n);
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace gk::output
