#include "output/text_output.h"

namespace gk::output {

using rules::Certainty, rules::Finding, rules::severity_name;
using text::Position, text::PositionIndex;

std::string to_text(const CheckResult& r) {
  std::string out;
  std::vector<std::size_t> offsets;
  for (const Finding& f : r.findings) offsets.push_back(f.span.begin);
  PositionIndex index(r.text, std::move(offsets));
  for (const Finding& f : r.findings) {
    Position p = index.at(f.span.begin);
    out += r.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " +
           severity_name(f.severity) + (f.certainty == Certainty::Review ? " (to review)" : "") + ": " + f.message + " [" + f.rule + "]\n";
  }
  return out;
}

}  // namespace gk::output
