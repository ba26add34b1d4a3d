#include "batch_run.h"

#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "across_years.h"
#include "checked_file.h"
#include "jsonl_writer.h"
#include "ordered_pool.h"
#include "output/json_output.h"
#include "output/table_dump.h"
#include "progress.h"
#include "report_record.h"
#include "report_writer.h"
#include "summary_csv.h"

namespace gk::cli {

namespace {

// A run's state, shared by the steps below (all on the calling thread but work()).
struct Batch {
  const std::vector<std::string>& files;
  const BatchOptions& options;
  std::optional<std::string> stdin_bytes;
  std::vector<ReportRecord> records;
  Progress progress;
  bool unreadable = false;

  Batch(const std::vector<std::string>& f, const BatchOptions& o) : files(f), options(o), progress(o.progress) {}

  void say(const std::string& err) {
    if (err.empty()) return;
    progress.clear();
    std::cerr << err;
  }
};

// --tables and --document: how the report was read, on stderr.
std::string listings(const CheckResult& r, const BatchOptions& o) {
  std::string err;
  if (o.document) err += output::dump_document(r);
  if (o.tables) err += output::dump_tables(r);
  return err;
}

ReportRecord unopened() {
  ReportRecord r;
  r.unreadable = true;
  return r;
}

// Text and JSON lines: each report written as it is handed on, then what the checks across
// years add; only records are kept.
void stream(Batch& b) {
  const std::unique_ptr<ReportWriter> writer = b.options.format == OutputFormat::Jsonl ? jsonl_writer() : text_writer();
  struct Written {
    ReportRecord record;
    std::string out, err;
  };
  const std::size_t n = b.files.size();
  run_in_order<Written>(
      n, b.options.threads,
      [&](std::size_t i) {
        Written w;
        const std::string& path = b.files[i];
        CheckedFile c = check_file(path, b.stdin_bytes, b.options.filter());
        if (!c.problem.empty()) w.err = problem_line(path, c);
        if (c.result == nullptr) {
          w.record = unopened();
          w.out = writer->unreadable(shown_name(path), c.problem);
          return w;
        }
        w.record = record_of(*c.result);
        w.out = writer->report(*c.result);
        w.err += listings(*c.result, b.options);
        return w;
      },
      [&](std::size_t i, Written& w) {
        b.say(w.err);
        std::cout << w.out;
        b.unreadable |= w.record.unreadable;
        b.records.push_back(std::move(w.record));
        b.progress.update(i + 1, n, "reports checked");
      });

  const std::vector<YearPair> pairs = year_pairs(b.records);
  struct Across {
    ReportRecord counts;  // of the findings added
    std::string out;
  };
  run_in_order<Across>(
      pairs.size(), b.options.threads,
      [&](std::size_t i) {
        Across a;
        const std::unique_ptr<CheckResult> now =
            check_pair(b.files[pairs[i].last], b.files[pairs[i].now], b.stdin_bytes, b.options.filter());
        if (now == nullptr) return a;
        count_findings(a.counts, now->findings);
        a.out = writer->across(*now);
        return a;
      },
      [&](std::size_t i, Across& a) {
        ReportRecord& r = b.records[pairs[i].now];
        r.errors += a.counts.errors;
        r.warnings += a.counts.warnings;
        r.infos += a.counts.infos;
        r.open += a.counts.open;
        std::cout << a.out;
        b.progress.update(i + 1, pairs.size(), "year pairs compared");
      });
}

// --json: one document, so every report is held until the checks across them have run.
void collect(Batch& b) {
  std::vector<std::unique_ptr<CheckResult>> results(b.files.size());  // null: not opened
  run_in_order<CheckedFile>(
      b.files.size(), b.options.threads,
      [&](std::size_t i) { return check_file(b.files[i], b.stdin_bytes, b.options.filter()); },
      [&](std::size_t i, CheckedFile& c) {
        if (!c.problem.empty()) b.say(problem_line(b.files[i], c));
        results[i] = std::move(c.result);
        b.progress.update(i + 1, b.files.size(), "reports checked");
      });
  std::vector<CheckResult*> all;
  for (const auto& r : results)
    if (r != nullptr) all.push_back(r.get());
  check_across(all);
  // Again, for the findings the checks across years added.
  for (CheckResult* r : all) filter_findings(*r, b.options.filter());
  b.progress.clear();
  std::cout << output::to_json(std::vector<const CheckResult*>(all.begin(), all.end()));
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (results[i] != nullptr) std::cerr << listings(*results[i], b.options);
    b.records.push_back(results[i] != nullptr ? record_of(*results[i]) : unopened());
    b.unreadable |= b.records.back().unreadable;
  }
}

}  // namespace

int run_batch(const std::vector<std::string>& files, const BatchOptions& options) {
  Batch b(files, options);
  b.records.reserve(files.size());
  for (const std::string& f : files)
    if (f == "-") {
      std::string bytes;
      if (read_all(std::cin, bytes)) b.stdin_bytes = std::move(bytes);
      break;
    }
  if (options.format == OutputFormat::Json) collect(b);
  else stream(b);
  b.progress.clear();
  std::cout.flush();

  if (!options.summary.empty()) {
    std::ofstream csv(options.summary, std::ios::binary);
    write_summary_csv(csv, b.files, b.records);
    if (!csv.flush()) {
      std::cerr << "gkcheck: " << options.summary << ": cannot write the summary\n";
      return 2;
    }
  }
  if (b.unreadable) return 2;
  int errors = 0;
  for (const ReportRecord& r : b.records) errors += r.errors;
  return errors > 0 ? 1 : 0;
}

}  // namespace gk::cli
