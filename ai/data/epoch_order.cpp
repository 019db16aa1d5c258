#include "ai/data/epoch_order.h"

#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>

namespace ctlite::ai {

EpochOrder::EpochOrder(std::int64_t dataset_size, std::uint64_t seed, bool shuffle)
    : size_(dataset_size), seed_(seed), shuffle_(shuffle) {
  if (dataset_size <= 0)
    throw std::invalid_argument("the dataset is empty (" + std::to_string(dataset_size) +
                                " samples)");
}

std::vector<std::int64_t> EpochOrder::permutation(std::int64_t epoch) const {
  std::vector<std::int64_t> order(static_cast<size_t>(size_));
  std::iota(order.begin(), order.end(), 0);
  if (!shuffle_) return order;
  // Distinct, well-mixed seeds per epoch (splitmix64 constant).
  std::mt19937_64 rng(seed_ + 0x9E3779B97F4A7C15ull * static_cast<std::uint64_t>(epoch + 1));
  for (std::int64_t i = size_ - 1; i > 0; --i) {
    const std::uint64_t bound = static_cast<std::uint64_t>(i) + 1;
    // Rejection sampling: an unbiased draw in [0, bound).
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t draw;
    do draw = rng();
    while (draw >= limit);
    std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(draw % bound)]);
  }
  return order;
}

std::int64_t EpochOrder::index_at(std::int64_t position) {
  const std::int64_t epoch = position / size_;
  if (epoch != cached_epoch_) {
    cached_ = permutation(epoch);
    cached_epoch_ = epoch;
  }
  return cached_[static_cast<size_t>(position % size_)];
}

}  // namespace ctlite::ai
