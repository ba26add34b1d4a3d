#include "checked_bytes.h"

#include "input/recognize.h"
#include "isolated_pdf_read.h"

namespace gk::cli {

bool is_pdf(const std::string& bytes) { return input::sniff_magic(bytes) == input::BinaryKind::Pdf; }

std::string checked_bytes(std::string bytes) {
  return is_pdf(bytes) ? read_pdf_runs_text_isolated(bytes) : bytes;
}

}  // namespace gk::cli
