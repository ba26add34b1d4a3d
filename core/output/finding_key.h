// The decision keys: what a reviewer's decision on a finding (需修改 / 无需修改) is filed
// under, so it finds its finding again after a reload, a re-check, an edit elsewhere in the
// text and a corrected re-submission. Never a line number or an offset.
#pragma once
#include <string>
#include <vector>

#include "check.h"
#include "output/finding_place.h"

namespace gk::output {

// "<body>|<year>" when both are known, otherwise the file's base name.
std::string report_key(const CheckResult& r);

// One key per finding of r.findings, in order: "<rule>|<spot>|<values>", the spot as its place
// anchors it (a cell "applications.results_total.natural", a section "section.3"), the values
// its expected and actual ("1→0"), or, without them, the text it quotes. A key given before
// in text order gets "#2", "#3", …
std::vector<std::string> finding_keys(const CheckResult& r, const FindingPlaces& places);

}  // namespace gk::output
