// A small pool of threads that works through items 0..n-1 and hands each result, in item
// order, to the calling thread: the output is the same whatever the threads' timing. At
// most `window` results wait (done, not yet handed on), so memory stays bounded however
// many items there are and however slow one of them is.
#pragma once
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace gk::cli {

// The threads a machine offers (at least one).
inline unsigned default_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

// work(i) runs on the pool's threads; take(i, result) on the calling thread, for i = 0, 1, ...
// in order. work must not throw.
template <class Result>
void run_in_order(std::size_t n, unsigned threads, const std::function<Result(std::size_t)>& work,
                  const std::function<void(std::size_t, Result&)>& take) {
  threads = std::max(1u, threads);
  const std::size_t window = 4 * static_cast<std::size_t>(threads);
  std::mutex m;
  std::condition_variable ready;     // a result came in (for the calling thread)
  std::condition_variable room;      // a result was taken (for the workers)
  std::map<std::size_t, Result> done;
  std::size_t next = 0;   // the next item to start
  std::size_t taken = 0;  // items handed on so far
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(m);
        room.wait(lock, [&] { return next >= n || next < taken + window; });
        if (next >= n) return;
        i = next++;
      }
      Result r = work(i);
      {
        std::lock_guard<std::mutex> lock(m);
        done.emplace(i, std::move(r));
      }
      ready.notify_one();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads && t < n; ++t) pool.emplace_back(worker);
  while (taken < n) {
    Result r;
    {
      std::unique_lock<std::mutex> lock(m);
      ready.wait(lock, [&] { return done.count(taken) > 0; });
      auto it = done.find(taken);
      r = std::move(it->second);
      done.erase(it);
    }
    take(taken, r);
    {
      std::lock_guard<std::mutex> lock(m);
      ++taken;
    }
    room.notify_all();
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace gk::cli
