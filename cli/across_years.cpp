#include "across_years.h"

#include <map>
#include <utility>

#include "checked_file.h"

namespace gk::cli {

std::vector<YearPair> year_pairs(const std::vector<ReportRecord>& records) {
  std::map<std::pair<std::string, int>, std::size_t> first_of;  // (body, year) -> its first record
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ReportRecord& r = records[i];
    if (!r.body_key.empty() && r.year != 0) first_of.emplace(std::make_pair(r.body_key, r.year), i);
  }
  std::vector<YearPair> out;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ReportRecord& r = records[i];
    if (r.body_key.empty() || r.year == 0) continue;
    auto it = first_of.find(std::make_pair(r.body_key, r.year - 1));
    if (it != first_of.end()) out.push_back({it->second, i});
  }
  return out;
}

std::unique_ptr<CheckResult> check_pair(const ReportRecord& last, const ReportRecord& now,
                                        const std::optional<std::string>& stdin_bytes, bool certain_only) {
  CheckedFile before = check_file(last.path, stdin_bytes, certain_only);
  CheckedFile after = check_file(now.path, stdin_bytes, certain_only);
  if (before.result == nullptr || after.result == nullptr) return nullptr;
  // The report's own findings were written already; the checks across reports merge theirs
  // among them by place, so they are told apart by their rule.
  after.result->findings.clear();
  check_across({before.result.get(), after.result.get()});
  if (certain_only) drop_to_review(*after.result);
  return std::move(after.result);
}

}  // namespace gk::cli
