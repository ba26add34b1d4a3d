#include "across_years.h"

#include <map>
#include <utility>

#include "checked_file.h"
#include "text/normalize.h"

namespace gk::cli {

std::vector<YearPair> year_pairs(const std::vector<ReportRecord>& records) {
  // A body's key as the rules pair by it (rules/last_year.cpp): its name, normalised.
  std::vector<std::string> keys;
  keys.reserve(records.size());
  for (const ReportRecord& r : records) keys.push_back(r.body.empty() || r.year == 0 ? "" : text::match_key(r.body));
  std::map<std::pair<std::string_view, int>, std::size_t> first_of;  // (body, year) -> its first record
  for (std::size_t i = 0; i < records.size(); ++i)
    if (!keys[i].empty()) first_of.emplace(std::make_pair(std::string_view(keys[i]), records[i].year), i);
  std::vector<YearPair> out;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (keys[i].empty()) continue;
    auto it = first_of.find(std::make_pair(std::string_view(keys[i]), records[i].year - 1));
    if (it != first_of.end()) out.push_back({it->second, i});
  }
  return out;
}

std::unique_ptr<CheckResult> check_pair(const std::string& last, const std::string& now,
                                        const std::optional<std::string>& stdin_bytes, const FindingFilter& filter) {
  CheckedFile before = check_file(last, stdin_bytes, filter);
  CheckedFile after = check_file(now, stdin_bytes, filter);
  if (before.result == nullptr || after.result == nullptr) return nullptr;
  // The report's own findings were written already; the checks across reports merge theirs
  // among them by place, so they are told apart by being the only ones.
  after.result->findings.clear();
  check_across({before.result.get(), after.result.get()});
  filter_findings(*after.result, filter);
  return std::move(after.result);
}

}  // namespace gk::cli
