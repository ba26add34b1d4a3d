// gkcheck [OPTIONS] FILE|FOLDER...  ('-' reads standard input)
// gkcheck --dump-runs FILE.pdf...  prints the text runs read from each PDF (extract/pdf_runs.h)
// Exit status: 0 no error findings, 1 some error findings, 2 usage or unreadable input.
#include <unistd.h>

#include <fstream>
#include <optional>
#include <iostream>
#include <string>
#include <vector>

#include "batch_run.h"
#include "checked_bytes.h"
#include "checked_file.h"
#include "decide/decisions.h"
#include "extract/pdf_runs_text.h"
#include "ordered_pool.h"
#include "report_files.h"
#include "rules/rule.h"
#include "version.h"

namespace {

const char* const kUsage =
    "usage: gkcheck [OPTIONS] FILE|FOLDER...\n"
    "       gkcheck --dump-runs FILE.pdf...\n"
    "Checks government information-disclosure annual reports (政府信息公开工作年度报告).\n"
    "  FILE    a report as text (UTF-8, UTF-16 or GB18030), an HTML page, a .docx or a PDF\n"
    "          with a text layer; '-' reads standard input\n"
    "  FOLDER  every report under it, at any depth, in path order: files named .txt, .md,\n"
    "          .markdown, .htm, .html, .docx, .pdf (hidden files and Word's ~$ lock files\n"
    "          aside); the other files are left out, counted in a note on stderr\n"
    "Reports are checked in parallel; the output is in the order the files are listed. The\n"
    "checks across years (cross.*) compare each report with its body's report for the year\n"
    "before among all those given; in text and jsonl output their findings come after\n"
    "every report.\n"
    "  --format text|json|jsonl\n"
    "          text: file:line:column: severity: message [rule] lines (the default)\n"
    "          json: one JSON document (holds every report until the end: for a few reports)\n"
    "          jsonl: one JSON object a line, written as reports are checked (a few dozen\n"
    "          bytes kept of each); each has a \"kind\": \"report\" (a report as in --json),\n"
    "          \"unreadable\" (a file not opened: file, problem), then \"across\" (a\n"
    "          report's cross.* findings and its text-reuse measure against last year's)\n"
    "  --json  the same as --format json\n"
    "  --summary FILE.csv  also write one row per report (文件, 单位, 年度, 类型, 格式, 错误,\n"
    "          提醒, 提示, 结论, 待定), UTF-8 with a byte-order mark, for a spreadsheet\n"
    "  --jobs N  check N reports at once (default: one per core)\n"
    "  --progress  a progress line on stderr even when it is not a terminal (on a terminal\n"
    "          it is shown once a run takes more than a second)\n"
    "  --tables  also list on stderr how each table row was read (row, line, values)\n"
    "  --document  also list on stderr the paragraphs and table rows as read\n"
    "  --certain  list only the findings a reviewer can act on as they stand, not those to review\n"
    "  --decisions FILE  apply a reviewer's decisions (the page's export): a finding marked\n"
    "          无需修改 (accepted) is listed as such and leaves the counts and the exit status\n"
    "  --dump-runs  print the text runs read from each PDF (page, box, font size, text) and exit\n"
    "  --rules  list every rule (id, name, severity, certainty, meaning) as a markdown table and exit\n"
    "An unreadable file (not found, not text, a damaged PDF) is named on stderr and the others\n"
    "are still checked.\n"
    "Exit status: 0 no errors found, 1 errors found, 2 usage error or some file or folder\n"
    "could not be read (whatever the others gave).\n";

std::string rule_table() {
  std::string out = "| id | 名称 | severity | certainty | meaning |\n|---|---|---|---|---|\n";
  for (const gk::rules::Rule& r : gk::rules::all_rules())
    out += std::string("| [`") + r.id + "`](" + gk::rules::doc_page(r) + ") | " + r.name + " | " +
           gk::rules::severity_name(r.severity) +
           " | " + gk::rules::certainty_name(r.certainty) + " | " + r.summary + " |\n";
  return out;
}

int usage_error(const std::string& why) {
  std::cerr << "gkcheck: " << why << "\n" << kUsage;
  return 2;
}

// --dump-runs: each PDF's runs text, one file after another.
int dump_runs(const std::vector<std::string>& files) {
  bool unreadable = false;
  for (const std::string& name : files) {
    std::string bytes;
    std::ifstream in;
    if (name != "-") in.open(name, std::ios::binary);
    if (name == "-" ? !gk::cli::read_all(std::cin, bytes) : (!in || !gk::cli::read_all(in, bytes))) {
      std::cerr << "gkcheck: " << name << ": cannot read file\n";
      unreadable = true;
    } else if (!gk::cli::is_pdf(bytes)) {
      std::cerr << "gkcheck: " << (name == "-" ? "<stdin>" : name) << ": not a PDF\n";
      unreadable = true;
    } else {
      bytes = gk::cli::checked_bytes(std::move(bytes));
      std::cout << bytes;
      unreadable |= gk::extract::parse_pdf_runs_text(bytes).failure != gk::extract::PdfRuns::Failure::None;
    }
  }
  std::cout.flush();
  return unreadable ? 2 : 0;
}

// --decisions FILE: false, with the problem on stderr, when it cannot be read or is no decisions file.
bool read_decisions_file(const std::string& path, std::optional<gk::decide::Decisions>& out) {
  std::ifstream in(path, std::ios::binary);
  std::string json;
  if (!in || !gk::cli::read_all(in, json)) {
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
  gk::cli::BatchOptions options;
  options.threads = gk::cli::default_threads();
  options.progress = ::isatty(2) == 1;
  bool runs = false;
  std::optional<gk::decide::Decisions> decisions;
  std::vector<std::string> arguments;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    // An option's value: the next argument.
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--json") options.format = gk::cli::OutputFormat::Json;
    else if (a == "--format") {
      if (!value(v)) return usage_error("--format needs text, json or jsonl");
      if (v == "text") options.format = gk::cli::OutputFormat::Text;
      else if (v == "json") options.format = gk::cli::OutputFormat::Json;
      else if (v == "jsonl") options.format = gk::cli::OutputFormat::Jsonl;
      else return usage_error("unknown format '" + v + "'");
    } else if (a == "--summary") {
      if (!value(options.summary)) return usage_error("--summary needs a file name");
    } else if (a == "--jobs" || a == "-j") {
      if (!value(v) || v.find_first_not_of("0123456789") != std::string::npos || v.empty() || v.size() > 4 ||
          std::stoi(v) < 1)
        return usage_error("--jobs needs a number of threads");
      options.threads = static_cast<unsigned>(std::stoi(v));
    } else if (a == "--progress") options.progress = true;
    else if (a == "--tables") options.tables = true;
    else if (a == "--document") options.document = true;
    else if (a == "--certain") options.certain_only = true;
    else if (a == "--decisions") {
      if (!value(v)) return usage_error("--decisions needs a file");
      if (!read_decisions_file(v, decisions)) return 2;
    }
    else if (a == "--dump-runs") runs = true;
    else if (a == "--help" || a == "-h") { std::cout << kUsage; return 0; }
    else if (a == "--version") { std::cout << gk::kToolName << " " << gk::kToolVersion << "\n"; return 0; }
    else if (a == "--rules") { std::cout << rule_table(); return 0; }
    else if (a.size() > 1 && a[0] == '-' && a != "-") return usage_error("unknown option '" + a + "'");
    else arguments.push_back(a);
  }
  if (arguments.empty()) {
    std::cerr << kUsage;
    return 2;
  }

  if (decisions) options.decisions = &*decisions;
  const gk::cli::ReportFiles listed = gk::cli::report_files(arguments);
  for (const std::string& note : listed.notes) std::cerr << "gkcheck: " << note << "\n";
  const int status = runs ? dump_runs(listed.files) : gk::cli::run_batch(listed.files, options);
  return listed.unreadable ? 2 : status;
}
