#include "report_writer.h"

#include "output/text_output.h"

namespace gk::cli {

namespace {

class TextWriter : public ReportWriter {
 public:
  std::string report(const CheckResult& r) const override { return output::to_text(r); }
  std::string across(const CheckResult& r) const override { return output::to_text(r); }
  // Named on stderr alone, as for one file.
  std::string unreadable(const std::string&, const std::string&) const override { return {}; }
};

}  // namespace

std::unique_ptr<ReportWriter> text_writer() { return std::make_unique<TextWriter>(); }

}  // namespace gk::cli
