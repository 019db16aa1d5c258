#include "core/io/parallel_slices.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ctlite::core {

void for_each_slice_in_parallel(std::size_t count, const std::function<void(std::size_t)>& job,
                                const ctlite::Progress& progress, const std::string& stage) {
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> finished{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex failure_mutex;

  auto work = [&](bool reports) {
    for (;;) {
      if (stop.load(std::memory_order_relaxed)) return;
      const std::size_t index = next.fetch_add(1);
      if (index >= count) return;
      try {
        job(index);
        const std::size_t done = finished.fetch_add(1) + 1;
        if (reports) progress.report(stage, static_cast<double>(done) / static_cast<double>(count));
      } catch (...) {
        std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        stop = true;
        return;
      }
    }
  };

  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t helpers = std::min<std::size_t>(cores, count) - (count > 0 ? 1 : 0);
  std::vector<std::thread> threads;
  threads.reserve(helpers);
  for (std::size_t i = 0; i < helpers; ++i) threads.emplace_back(work, false);
  work(true);  // the calling thread works too and is the one that reports
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
  progress.report(stage, 1.0);
}

}  // namespace ctlite::core
