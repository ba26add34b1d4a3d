#include "checked_file.h"

#include <algorithm>
#include <exception>
#include <fstream>
#include <sstream>

#include "checked_bytes.h"
#include "report_record.h"

namespace gk::cli {

bool read_all(std::istream& in, std::string& out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return !in.bad();
}

void filter_findings(CheckResult& r, const FindingFilter& filter) {
  if (filter.decisions != nullptr) decide::apply_decisions(*filter.decisions, r);
  if (!filter.certain_only) return;
  auto& f = r.findings;
  f.erase(std::remove_if(f.begin(), f.end(),
                         [](const rules::Finding& x) { return x.certainty == rules::Certainty::Review; }),
          f.end());
}

std::string problem_line(const std::string& path, const CheckedFile& checked) {
  if (path == "-" && checked.result == nullptr) return "gkcheck: " + checked.problem + "\n";
  return "gkcheck: " + (checked.result != nullptr ? checked.result->file : path) + ": " + checked.problem + "\n";
}

CheckedFile check_file(const std::string& path, const std::optional<std::string>& stdin_bytes, const FindingFilter& filter) {
  CheckedFile out;
  std::string bytes;
  if (path == "-") {
    if (!stdin_bytes) {
      out.problem = "cannot read standard input";
      return out;
    }
    bytes = *stdin_bytes;
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in || !read_all(in, bytes)) {
      out.problem = "cannot read file";
      return out;
    }
  }
  // A PDF is read natively into runs; their text is checked as the file's bytes, as the
  // page checks what its pdf.js worker writes.
  const bool pdf = is_pdf(bytes);
  try {
    bytes = checked_bytes(std::move(bytes));
    out.result = check_owned_bytes(std::move(bytes), shown_name(path));
  } catch (const std::exception& e) {  // out of memory: this file, not the batch
    out.problem = std::string("could not be checked (") + e.what() + ")";
    return out;
  }
  if (out.result->decoded.binary != input::BinaryKind::None)
    out.problem = pdf ? "PDF not read (see the input.unreadable finding)" : "not text (see the input.unreadable finding)";
  filter_findings(*out.result, filter);
  return out;
}

}  // namespace gk::cli
