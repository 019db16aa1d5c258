#pragma once
// Loads training samples on background threads, ahead of the training loop, in the exact order
// EpochOrder prescribes. Threads may finish out of order; batches never come out of order.
//
// With data parallelism every rank walks the same global stream: micro-batch k covers positions
// start + k·b·world ... + b·world − 1, and rank r takes the r-th run of b of them.

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "ai/data/epoch_order.h"
#include "ai/data/sample.h"

namespace ctlite::ai {

struct PrefetchOptions {
  std::int64_t batch_size = 1;  // per rank
  int rank = 0;
  int world_size = 1;
  int threads = 2;
  int prefetch_batches = 2;  // how many batches may be loaded ahead of the consumer
};

class PrefetchLoader {
 public:
  using LoadFunction = std::function<Sample(std::int64_t dataset_index)>;

  // Starts loading at global stream position `start_position` (a multiple of b·world for runs
  // that were checkpointed between steps).
  PrefetchLoader(LoadFunction load, EpochOrder order, PrefetchOptions options,
                 std::int64_t start_position);
  ~PrefetchLoader();
  PrefetchLoader(const PrefetchLoader&) = delete;
  PrefetchLoader& operator=(const PrefetchLoader&) = delete;

  // This rank's next micro-batch; rethrows a loading error of any of its samples.
  Batch next();
  // Global stream position after the last batch next() returned (what a checkpoint records).
  std::int64_t position() const { return position_; }

 private:
  std::int64_t stream_position(std::int64_t sequence) const;
  void work();

  LoadFunction load_;
  EpochOrder order_;
  PrefetchOptions options_;
  std::int64_t start_;
  std::int64_t position_;

  std::mutex mutex_;
  std::condition_variable work_ready_, result_ready_;
  std::int64_t next_to_claim_ = 0;     // this rank's sample sequence numbers
  std::int64_t next_to_consume_ = 0;
  std::map<std::int64_t, Sample> done_;
  std::map<std::int64_t, std::exception_ptr> failed_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace ctlite::ai
