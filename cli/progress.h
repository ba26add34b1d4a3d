// The progress line of a long batch, on stderr: on a terminal, one line rewritten in place;
// elsewhere (--progress into a file or a pipe), a line now and then. Never on stdout, which
// holds the output; the caller clears it before writing anything else on stderr.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>

namespace gk::cli {

class Progress {
 public:
  // `shown`: whether to show it at all (stderr is a terminal, or --progress).
  explicit Progress(bool shown);
  // `done` of `total` items of `what` ("reports checked"); shown once the run has taken a
  // second (short runs show nothing), then at most a few times a second.
  void update(std::size_t done, std::size_t total, const char* what);
  // Takes the line off before other stderr output (and at the end).
  void clear();

 private:
  bool shown_;
  bool terminal_;
  bool on_screen_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
  const char* what_ = nullptr;  // the items counted now, and since when (for their rate)
  std::chrono::steady_clock::time_point what_since_;
};

}  // namespace gk::cli
