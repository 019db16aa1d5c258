#include "ai/data/prefetch_loader.h"

#include <algorithm>
#include <stdexcept>

namespace ctlite::ai {

PrefetchLoader::PrefetchLoader(LoadFunction load, EpochOrder order, PrefetchOptions options,
                               std::int64_t start_position)
    : load_(std::move(load)),
      order_(std::move(order)),
      options_(options),
      start_(start_position),
      position_(start_position) {
  if (options_.batch_size < 1 || options_.world_size < 1 || options_.rank < 0 ||
      options_.rank >= options_.world_size)
    throw std::invalid_argument("data loader: need batch size >= 1 and 0 <= rank < world size");
  options_.threads = std::max(1, options_.threads);
  options_.prefetch_batches = std::max(1, options_.prefetch_batches);
  for (int i = 0; i < options_.threads; ++i) threads_.emplace_back([this] { work(); });
}

PrefetchLoader::~PrefetchLoader() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& thread : threads_) thread.join();
}

std::int64_t PrefetchLoader::stream_position(std::int64_t sequence) const {
  const std::int64_t b = options_.batch_size;
  const std::int64_t batch = sequence / b;
  return start_ + batch * b * options_.world_size + options_.rank * b + sequence % b;
}

void PrefetchLoader::work() {
  for (;;) {
    std::int64_t sequence, index;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      const std::int64_t window = options_.prefetch_batches * options_.batch_size;
      work_ready_.wait(lock, [&] {
        return stopping_ || next_to_claim_ < next_to_consume_ + window;
      });
      if (stopping_) return;
      sequence = next_to_claim_++;
      // EpochOrder caches one permutation; it is only touched under the lock.
      index = order_.index_at(stream_position(sequence));
    }
    try {
      Sample sample = load_(index);
      std::lock_guard<std::mutex> lock(mutex_);
      done_.emplace(sequence, std::move(sample));
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex_);
      failed_.emplace(sequence, std::current_exception());
    }
    result_ready_.notify_all();
  }
}

Batch PrefetchLoader::next() {
  std::vector<Sample> samples;
  for (std::int64_t j = 0; j < options_.batch_size; ++j) {
    std::unique_lock<std::mutex> lock(mutex_);
    const std::int64_t wanted = next_to_consume_;
    result_ready_.wait(lock, [&] { return done_.count(wanted) || failed_.count(wanted); });
    if (auto failure = failed_.find(wanted); failure != failed_.end())
      std::rethrow_exception(failure->second);
    samples.push_back(std::move(done_.at(wanted)));
    done_.erase(wanted);
    ++next_to_consume_;
    lock.unlock();
    work_ready_.notify_all();
  }
  position_ += options_.batch_size * options_.world_size;
  return collate(samples);
}

}  // namespace ctlite::ai
