#include "core/common/parallel_slices.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace ctlite::core {

int resolve_thread_count(int requested) {
  if (requested > 0) return requested;
  const unsigned hardware = std::thread::hardware_concurrency();
  return hardware == 0 ? 1 : static_cast<int>(hardware);
}

void for_each_slice_in_parallel(std::int64_t slice_count, int threads, const Progress& progress,
                                const std::string& stage,
                                const std::function<void(std::int64_t, int)>& job) {
  if (slice_count <= 0) return;
  const int worker_count =
      static_cast<int>(std::min<std::int64_t>(std::max(threads, 1), slice_count));
  std::atomic<std::int64_t> next_slice{0};
  std::atomic<std::int64_t> finished{0};
  std::atomic<bool> stop{false};
  std::mutex error_mutex;
  std::exception_ptr first_error;
  std::int64_t reported = 0;  // slices finished at the caller's last report

  auto remember = [&](std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(error_mutex);
    if (!first_error) first_error = std::move(error);
    stop = true;
  };
  auto work = [&](int worker) {
    const bool reports = worker == 0;
    try {
      while (!stop && !progress.is_cancelled()) {
        const std::int64_t slice = next_slice.fetch_add(1);
        if (slice >= slice_count) break;
        job(slice, worker);
        const std::int64_t done = finished.fetch_add(1) + 1;
        if (reports) {
          reported = done;
          progress.report(stage, static_cast<double>(done) / static_cast<double>(slice_count));
        }
      }
    } catch (...) {
      remember(std::current_exception());
    }
  };

  std::vector<std::thread> helpers;
  helpers.reserve(static_cast<std::size_t>(worker_count - 1));
  try {
    for (int worker = 1; worker < worker_count; ++worker) helpers.emplace_back(work, worker);
  } catch (...) {
    // Could not start a thread: the ones already running and the caller finish the slices.
  }
  work(0);
  for (auto& helper : helpers) helper.join();
  if (first_error) std::rethrow_exception(first_error);
  // The last slice may have finished on a helper thread: report completion from the caller.
  if (reported < slice_count)
    progress.report(stage, 1.0);
  else
    progress.throw_if_cancelled();
}

}  // namespace ctlite::core
