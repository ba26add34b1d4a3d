#include "jsonl_writer.h"

#include "output/json_output.h"
#include "output/json_writer.h"

namespace gk::cli {

namespace {

class JsonlWriter : public ReportWriter {
 public:
  std::string report(const CheckResult& r) const override { return output::report_json_line(r); }
  std::string across(const CheckResult& r) const override { return output::across_json_line(r); }
  std::string unreadable(const std::string& file, const std::string& problem) const override {
    std::string out;
    {
      output::JsonWriter w(out);
      w.begin_object();
      w.field("kind", "unreadable");
      w.field("file", file);
      w.field("problem", problem);
      w.end_object();
    }
    return out + '\n';
  }
};

}  // namespace

std::unique_ptr<ReportWriter> jsonl_writer() { return std::make_unique<JsonlWriter>(); }

}  // namespace gk::cli
