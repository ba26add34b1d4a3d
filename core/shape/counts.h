// The counts of a run of running text: numbers written in Arabic digits with their
// counting unit, as the sentence rules compare them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "text/source_text.h"

namespace gk::shape {

struct ProseRun;

// A number written in Arabic digits with its counting unit: "55 条", "3119件".
struct Count {
  std::int64_t value = 0;
  std::string unit;            // one of 条 件 篇 个 次 项 场 期 家 人 起 宗, or 人次 场次 件次
  std::size_t begin = 0;       // the digits, as bytes of the run
  std::size_t end = 0;
  std::size_t unit_end = 0;    // past the unit
  bool approximate = false;    // 约、近、超过 before it, 余、多 after it: not an exact figure
  bool change = false;         // 增加、减少、同比… before it: a change, not a count
};

// Every count of the run, in order. Ordinals (第 3 次), decimals, numbers glued to Latin
// letters or to - . / : (telephone numbers, URLs, page numbers) and units that are not
// counting units (个工作日, 个月, 个百分点) are left out.
std::vector<Count> find_counts(const ProseRun& run, const text::SourceText& source);

}  // namespace gk::shape
