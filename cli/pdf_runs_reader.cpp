#include "pdf_runs_reader.h"

#include "guessed_font_sizes.h"

#include <climits>
#include <cmath>
#include <exception>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-rectangle.h>

namespace gk::cli {

namespace {

using extract::PdfRuns;

// What poppler reports while it reads: kept to say why a PDF failed, never printed
// (poppler's default prints every syntax error of a damaged file to stderr).
class PopplerMessages {
 public:
  PopplerMessages() { poppler::set_debug_error_function(&PopplerMessages::keep, this); }
  ~PopplerMessages() { poppler::set_debug_error_function(&PopplerMessages::drop, nullptr); }
  PopplerMessages(const PopplerMessages&) = delete;
  PopplerMessages& operator=(const PopplerMessages&) = delete;

  // The first few messages, one line: a damaged file can give thousands.
  const std::string& text() const { return text_; }

 private:
  static constexpr int kMost = 3;
  static void keep(const std::string& message, void* self) {
    auto* m = static_cast<PopplerMessages*>(self);
    // poppler-cpp starts each with "error: " or "error (<byte offset>): ": the finding's
    // words already say it is an error.
    const std::string said = message.rfind("error", 0) == 0 && message.find(": ") != std::string::npos
                                 ? message.substr(message.find(": ") + 2)
                                 : message;
    if (said == m->last_) return;  // poppler often says the same thing twice in a row
    m->last_ = said;
    if (++m->count_ > kMost) return;
    if (!m->text_.empty()) m->text_ += "; ";
    m->text_ += said;
    if (m->count_ == kMost) m->text_ += " …";
  }
  static void drop(const std::string&, void*) {}

  std::string text_;
  std::string last_;
  int count_ = 0;
};

PdfRuns failed(PdfRuns::Failure why, std::string detail) {
  PdfRuns out;
  out.failure = why;
  out.detail = std::move(detail);
  return out;
}

std::string utf8_of(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

bool has_visible_text(const std::string& text) {
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return true;
  return false;
}

// The page as shown: its crop box, turned a quarter when /Rotate is 90 or 270.
extract::PdfPage page_size(const poppler::page& page) {
  const poppler::rectf box = page.page_rect(poppler::crop_box);
  extract::PdfPage size{std::fabs(box.width()), std::fabs(box.height())};
  const auto turn = page.orientation();
  if (turn == poppler::page::landscape || turn == poppler::page::seascape) std::swap(size.width, size.height);
  return size;
}

// poppler lays the page out as it is shown (crop box, /Rotate applied, 72 dpi, y down):
// the boxes it gives are already in the runs' points from the top-left corner.
// fonts: each run's font as poppler tells them apart (its name and the size it gave).
void read_page(const poppler::page& page, std::uint32_t index, PdfRuns& out, std::vector<std::string>& fonts) {
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    std::string text = utf8_of(box.text());
    if (!has_visible_text(text)) continue;
    const poppler::rectf r = box.bbox();
    extract::PdfRun run;
    run.page = index;
    run.x = r.x();
    run.y = r.y();
    run.width = r.width();
    run.height = r.height();
    run.font_size = box.has_font_info() ? box.get_font_size() : r.height();
    if (!std::isfinite(run.x) || !std::isfinite(run.y) || !std::isfinite(run.width) || !std::isfinite(run.height) ||
        !std::isfinite(run.font_size))
      continue;
    run.text = std::move(text);
    out.runs.push_back(std::move(run));
    fonts.push_back((box.has_font_info() ? box.get_font_name() : std::string()) + '\t' + std::to_string(run.font_size));
  }
}

PdfRuns read_document(std::string_view bytes, PopplerMessages& messages) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return failed(PdfRuns::Failure::Damaged, "file too large");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return failed(PdfRuns::Failure::Damaged, messages.text());
  // Locked: a user password is needed to open it. A PDF with only an owner password (its
  // permissions) opens without one and is read like any other.
  if (doc->is_locked()) return failed(PdfRuns::Failure::Encrypted, "");
  PdfRuns out;
  std::vector<std::string> fonts;
  const int pages = doc->pages();
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) {
      out.pages.push_back({});  // a page poppler cannot build: no text, the next ones keep their numbers
      continue;
    }
    out.pages.push_back(page_size(*page));
    read_page(*page, static_cast<std::uint32_t>(i), out, fonts);
  }
  correct_guessed_font_sizes(out.runs, fonts);
  if (pages <= 0) return failed(PdfRuns::Failure::Damaged, messages.text().empty() ? "no pages" : messages.text());
  if (out.runs.empty()) {
    PdfRuns scan = failed(PdfRuns::Failure::NoText, "");
    scan.pages = std::move(out.pages);
    return scan;
  }
  return out;
}

}  // namespace

PdfRuns read_pdf_runs(std::string_view pdf_bytes) {
  PopplerMessages messages;
  try {
    return read_document(pdf_bytes, messages);
  } catch (const std::exception& e) {
    return failed(PdfRuns::Failure::Damaged, e.what());
  } catch (...) {
    return failed(PdfRuns::Failure::Damaged, messages.text());
  }
}

}  // namespace gk::cli
