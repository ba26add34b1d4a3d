// The checks across years (cross.carry-over, cross.in-force, cross.text-reuse) over a batch
// that is not held in memory: the years of a body are paired from the reports' records, and
// each pair is read and checked again at the end, on its own. What the rules see of a pair is
// what they would see with the whole batch in memory (core/rules/last_year.cpp pairs alike).
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check.h"
#include "checked_file.h"
#include "report_record.h"

namespace gk::cli {

struct YearPair {
  std::size_t last;  // indices into the records (and the batch's files)
  std::size_t now;
};

// Each report whose body's report for the year before is among the records (the first such,
// in the records' order), in the order of `now`.
std::vector<YearPair> year_pairs(const std::vector<ReportRecord>& records);

// Reads and checks both files again, then runs the checks across reports on the two: this
// year's report with only the findings they gave (null when either file can no longer be read).
std::unique_ptr<CheckResult> check_pair(const std::string& last, const std::string& now,
                                        const std::optional<std::string>& stdin_bytes, const FindingFilter& filter);

}  // namespace gk::cli
