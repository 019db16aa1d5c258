#pragma once
// The order in which a training run visits its samples: an endless sequence of epochs, each a
// seeded permutation of the dataset. Position p of the stream is sample order(p / N)[p % N], so
// "how far the run got" is one integer and a resumed run continues with exactly the samples an
// uninterrupted run would have seen. The shuffle is our own Fisher–Yates over mt19937_64 (whose
// output the C++ standard fixes), not std::shuffle (whose algorithm it does not), so the order
// is the same with every standard library.

#include <cstdint>
#include <vector>

namespace ctlite::ai {

class EpochOrder {
 public:
  EpochOrder(std::int64_t dataset_size, std::uint64_t seed, bool shuffle = true);
  std::int64_t dataset_size() const { return size_; }
  // Dataset index at stream position `position`.
  std::int64_t index_at(std::int64_t position);
  static std::int64_t epoch_of(std::int64_t position, std::int64_t dataset_size) {
    return position / dataset_size;
  }
  // The permutation of one epoch.
  std::vector<std::int64_t> permutation(std::int64_t epoch) const;

 private:
  std::int64_t size_;
  std::uint64_t seed_;
  bool shuffle_;
  std::int64_t cached_epoch_ = -1;
  std::vector<std::int64_t> cached_;
};

}  // namespace ctlite::ai
