#include "output/text_output.h"

namespace gk::output {

using rules::Certainty, rules::Finding, rules::severity_name;
using text::Position, text::PositionIndex;

namespace {

std::string line(const CheckResult& r, const PositionIndex& index, const Finding& f) {
  Position p = index.at(f.span.begin);
  return r.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + severity_name(f.severity) +
         (f.certainty == Certainty::Review ? " (to review)" : "") + ": " + f.message + " [" + f.rule + "]\n";
}

}  // namespace

std::string to_text(const CheckResult& r, std::size_t first) {
  std::string out;
  const std::vector<Finding>& all = r.findings;
  std::vector<std::size_t> offsets;
  for (std::size_t i = first; i < all.size(); ++i) offsets.push_back(all[i].span.begin);
  PositionIndex index(r.text, std::move(offsets));
  for (std::size_t i = first; i < all.size(); ++i) {
    const Finding& f = all[i];
    // A broken sum a fix explains is listed under the fix, indented, as its reason.
    if (f.fix && !f.fix->is_fix) continue;
    out += line(r, index, f);
    if (!f.fix) continue;
    for (std::size_t j = first; j < all.size(); ++j)
      if (all[j].fix && !all[j].fix->is_fix && all[j].fix->id == f.fix->id) out += "    " + line(r, index, all[j]);
  }
  return out;
}

}  // namespace gk::output
