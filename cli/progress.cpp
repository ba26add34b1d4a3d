#include "progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace gk::cli {

using Clock = std::chrono::steady_clock;

Progress::Progress(bool shown) : shown_(shown), terminal_(::isatty(2) == 1), start_(Clock::now()), last_(start_) {}

void Progress::update(std::size_t done, std::size_t total, const char* what) {
  if (!shown_) return;
  const Clock::time_point now = Clock::now();
  if (what != what_) {
    what_ = what;
    what_since_ = now;
  }
  const auto since_start = std::chrono::duration<double>(now - start_).count();
  const auto since_last = std::chrono::duration<double>(now - last_).count();
  if (since_start < 1.0 || since_last < (terminal_ ? 0.2 : 5.0)) return;
  last_ = now;
  const double rate = done / std::max(1e-3, std::chrono::duration<double>(now - what_since_).count());
  char line[160];
  std::snprintf(line, sizeof line, "gkcheck: %zu/%zu %s (%.0f/s)", done, total, what, rate);
  if (terminal_) {
    std::fprintf(stderr, "\r%s\x1b[K", line);
    on_screen_ = true;
  } else {
    std::fprintf(stderr, "%s\n", line);
  }
  std::fflush(stderr);
}

void Progress::clear() {
  if (!on_screen_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  on_screen_ = false;
}

}  // namespace gk::cli
