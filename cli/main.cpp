// gkcheck [--json] [--certain] FILE...  ('-' reads standard input)
// gkcheck --dump-runs FILE.pdf...  prints the text runs read from each PDF (extract/pdf_runs.h)
// Exit status: 0 no error findings, 1 some error findings, 2 usage or unreadable input.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "check.h"
#include "checked_bytes.h"
#include "decide/decisions.h"
#include "extract/pdf_runs_text.h"
#include "output/json_output.h"
#include "rules/rule.h"
#include "output/table_dump.h"
#include "output/text_output.h"
#include "version.h"

namespace {

const char* const kUsage =
    "usage: gkcheck [--json] [--certain] [--decisions FILE] FILE...\n"
    "       gkcheck --dump-runs FILE.pdf...\n"
    "Checks government information-disclosure annual reports (政府信息公开工作年度报告).\n"
    "  FILE    a report as text (UTF-8, UTF-16 or GB18030), an HTML page, a .docx or a PDF\n"
    "          with a text layer; '-' reads standard input\n"
    "  --json  print one JSON document instead of file:line:column lines\n"
    "  --tables  also list on stderr how each table row was read (row, line, values)\n"
    "  --document  also list on stderr the paragraphs and table rows as read\n"
    "  --certain  list only the findings a reviewer can act on as they stand, not those to review\n"
    "  --decisions FILE  apply a reviewer's decisions (the page's export): a finding marked\n"
    "          无需修改 (accepted) is listed as such and leaves the counts and the exit status\n"
    "  --dump-runs  print the text runs read from each PDF (page, box, font size, text) and exit\n"
    "  --rules  list every rule (id, name, severity, certainty, meaning) as a markdown table and exit\n"
    "Exit status: 0 no errors found, 1 errors found, 2 usage or unreadable input.\n";

std::string rule_table() {
  std::string out = "| id | 名称 | severity | certainty | meaning |\n|---|---|---|---|---|\n";
  for (const gk::rules::Rule& r : gk::rules::all_rules())
    out += std::string("| [`") + r.id + "`](" + gk::rules::doc_page(r) + ") | " + r.name + " | " +
           gk::rules::severity_name(r.severity) +
           " | " + gk::rules::certainty_name(r.certainty) + " | " + r.summary + " |\n";
  return out;
}

// --certain: the findings to review are left out of the listing and of the exit status.
void drop_to_review(gk::CheckResult& r) {
  auto& f = r.findings;
  f.erase(std::remove_if(f.begin(), f.end(),
                         [](const gk::rules::Finding& x) { return x.certainty == gk::rules::Certainty::Review; }),
          f.end());
}

bool read_all(std::istream& in, std::string& out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return !in.bad();
}

// --decisions FILE: false, with the problem on stderr, when it cannot be read or is no decisions file.
bool read_decisions_file(const std::string& path, std::optional<gk::decide::Decisions>& out) {
  std::ifstream in(path, std::ios::binary);
  std::string json;
  if (!in || !read_all(in, json)) {
    std::cerr << "gkcheck: " << path << ": cannot read file\n";
    return false;
  }
  gk::decide::ReadDecisions read = gk::decide::read_decisions(json);
  if (!read.decisions) {
    std::cerr << "gkcheck: " << path << ": " << read.error << "\n";
    return false;
  }
  out = std::move(read.decisions);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  bool json = false;
  bool tables = false;
  bool document = false;
  bool certain_only = false;
  bool dump_runs = false;
  std::optional<gk::decide::Decisions> decisions;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--json") json = true;
    else if (a == "--tables") tables = true;
    else if (a == "--document") document = true;
    else if (a == "--certain") certain_only = true;
    else if (a == "--dump-runs") dump_runs = true;
    else if (a == "--decisions") {
      if (i + 1 == argc) { std::cerr << "gkcheck: --decisions needs a file\n" << kUsage; return 2; }
      if (!read_decisions_file(argv[++i], decisions)) return 2;
    }
    else if (a == "--help" || a == "-h") { std::cout << kUsage; return 0; }
    else if (a == "--version") { std::cout << gk::kToolName << " " << gk::kToolVersion << "\n"; return 0; }
    else if (a == "--rules") { std::cout << rule_table(); return 0; }
    else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::cerr << "gkcheck: unknown option '" << a << "'\n" << kUsage;
      return 2;
    } else files.push_back(a);
  }
  if (files.empty()) {
    std::cerr << kUsage;
    return 2;
  }

  std::vector<std::unique_ptr<gk::CheckResult>> results;
  bool unreadable = false;
  for (const std::string& name : files) {
    std::string bytes;
    if (name == "-") {
      if (!read_all(std::cin, bytes)) {
        std::cerr << "gkcheck: cannot read standard input\n";
        unreadable = true;
        continue;
      }
    } else {
      std::ifstream in(name, std::ios::binary);
      if (!in || !read_all(in, bytes)) {
        std::cerr << "gkcheck: " << name << ": cannot read file\n";
        unreadable = true;
        continue;
      }
    }
    const std::string shown = name == "-" ? "<stdin>" : name;
    // A PDF is read natively into runs; their text is checked as the file's bytes, as the
    // page checks what its pdf.js worker writes.
    const bool pdf = gk::cli::is_pdf(bytes);
    bytes = gk::cli::checked_bytes(std::move(bytes));
    if (dump_runs) {
      if (!pdf) {
        std::cerr << "gkcheck: " << shown << ": not a PDF\n";
        unreadable = true;
      } else {
        std::cout << bytes;
        unreadable |= gk::extract::parse_pdf_runs_text(bytes).failure != gk::extract::PdfRuns::Failure::None;
      }
      continue;
    }
    results.push_back(gk::check_bytes(bytes, shown));
    if (results.back()->decoded.binary != gk::input::BinaryKind::None) {
      std::cerr << "gkcheck: " << results.back()->file << (pdf ? ": PDF not read" : ": not text")
                << " (see the input.unreadable finding)\n";
      unreadable = true;
    }
  }

  if (dump_runs) {
    std::cout.flush();
    return unreadable ? 2 : 0;
  }

  std::vector<gk::CheckResult*> all;
  for (const auto& r : results) all.push_back(r.get());
  gk::check_across(all);
  if (decisions)  // before --certain drops any: a key's #2 counts the findings in text order
    for (const auto& r : results) gk::decide::apply_decisions(*decisions, *r);
  if (certain_only)
    for (const auto& r : results) drop_to_review(*r);

  int errors = 0;
  if (json) {
    std::vector<const gk::CheckResult*> view;
    for (const auto& r : results) view.push_back(r.get());
    std::cout << gk::output::to_json(view);
  }
  for (const auto& r : results) {
    if (document) std::cerr << gk::output::dump_document(*r);
    if (tables) std::cerr << gk::output::dump_tables(*r);
    if (!json) std::cout << gk::output::to_text(*r);
    errors += r->error_count();
  }
  std::cout.flush();
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}
