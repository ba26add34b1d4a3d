#include "isolated_pdf_read.h"

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <exception>

#include "extract/pdf_runs_text.h"
#include "pdf_runs_reader.h"

namespace gk::cli {

namespace {

std::string damaged(std::string why) {
  extract::PdfRuns runs;
  runs.failure = extract::PdfRuns::Failure::Damaged;
  runs.detail = std::move(why);
  return extract::write_pdf_runs_text(runs);
}

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

// A PDF that inflates to gigabytes (a compression bomb) fails its allocations in the child
// rather than pressing the machine: 2 GiB of address space is eighty times what reading a
// 5,000-page PDF takes (25 MB resident). Not under AddressSanitizer, which reserves terabytes of address space.
void limit_memory() {
#if defined(__SANITIZE_ADDRESS__)
  return;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return;
#endif
#endif
  const rlim_t most = rlim_t{2} << 30;
  rlimit now{};
  if (::getrlimit(RLIMIT_AS, &now) == 0 && (now.rlim_cur == RLIM_INFINITY || now.rlim_cur > most)) {
    now.rlim_cur = most;
    ::setrlimit(RLIMIT_AS, &now);
  }
}

[[noreturn]] void child(int out, const std::function<std::string()>& read) {
  // A crash ends the child by its signal, which the parent reads: not through whatever
  // handlers the parent set up (a test runner's, which would report it as its own).
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::signal(sig, SIG_DFL);
  // The CLI's other threads read other PDFs at the same time: the write ends of their pipes,
  // inherited here, would keep their readers waiting until this child ends.
  if (out > 3) ::close_range(3, static_cast<unsigned>(out) - 1, 0);
  ::close_range(static_cast<unsigned>(out) + 1, ~0U, 0);
  limit_memory();
  std::string text;
  try {
    text = read();
  } catch (const std::exception& e) {
    text = damaged(e.what());
  } catch (...) {
    text = damaged("");
  }
  write_all(out, text);
  _exit(0);  // not exit(): the parent's buffered output and its atexit work are not the child's
}

// Reads the child's answer until it closes its end or the deadline passes (false).
bool read_until(int in, std::chrono::steady_clock::time_point deadline, std::string& text) {
  char buf[1 << 16];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{in, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) return false;
    if (ready < 0) return true;
    const ssize_t n = ::read(in, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return true;
    text.append(buf, static_cast<std::size_t>(n));
  }
}

}  // namespace

std::string run_isolated(const std::function<std::string()>& read, int seconds_allowed) {
  int fds[2];
  if (::pipe(fds) != 0) return read();  // no child to be had: read here rather than not at all
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return read();
  }
  if (pid == 0) {
    ::close(fds[0]);
    child(fds[1], read);
  }
  ::close(fds[1]);
  std::string text;
  const bool finished =
      read_until(fds[0], std::chrono::steady_clock::now() + std::chrono::seconds(seconds_allowed), text);
  ::close(fds[0]);
  if (!finished) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!finished) return damaged("reading the PDF took longer than " + std::to_string(seconds_allowed) + " s");
  if (WIFSIGNALED(status)) return damaged("the PDF reader crashed (signal " + std::to_string(WTERMSIG(status)) + ")");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !extract::is_pdf_runs_text(text))
    return damaged("the PDF reader stopped without an answer");
  return text;
}

std::string read_pdf_runs_text_isolated(std::string_view pdf_bytes, int seconds_allowed) {
  return run_isolated([pdf_bytes] { return extract::write_pdf_runs_text(read_pdf_runs(pdf_bytes)); },
                      seconds_allowed);
}

}  // namespace gk::cli
