#include "ai/data/prefetch_loader.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <stdexcept>
#include <thread>

namespace ctlite::ai {
namespace {

Sample indexed(std::int64_t index) {
  // Random delays make the worker threads finish out of order.
  thread_local std::mt19937 jitter(static_cast<unsigned>(index));
  std::this_thread::sleep_for(std::chrono::microseconds(jitter() % 2000));
  Sample s;
  s.id = std::to_string(index);
  s.tensors["value"] = torch::tensor({static_cast<float>(index)});
  s.labels = {static_cast<float>(index % 2)};
  return s;
}

std::vector<std::int64_t> ids(const Batch& batch) {
  std::vector<std::int64_t> out;
  for (const auto& id : batch.ids) out.push_back(std::stoll(id));
  return out;
}

TEST(PrefetchLoader, BatchesFollowTheEpochOrderDespiteThreads) {
  PrefetchOptions options;
  options.batch_size = 3;
  options.threads = 4;
  PrefetchLoader loader(indexed, EpochOrder(7, 3), options, 0);
  EpochOrder reference(7, 3);
  for (std::int64_t b = 0; b < 6; ++b) {
    const Batch batch = loader.next();
    ASSERT_EQ(batch.size(), 3);
    EXPECT_EQ(batch.tensors.at("value").sizes(), (torch::IntArrayRef{3, 1}));
    EXPECT_EQ(batch.labels.sizes(), (torch::IntArrayRef{3, 1}));
    for (std::int64_t j = 0; j < 3; ++j)
      EXPECT_EQ(ids(batch)[static_cast<size_t>(j)], reference.index_at(b * 3 + j));
  }
  EXPECT_EQ(loader.position(), 18);
}

TEST(PrefetchLoader, StartingMidStreamContinuesTheSameSequence) {
  PrefetchOptions options;
  options.batch_size = 2;
  PrefetchLoader whole(indexed, EpochOrder(5, 9), options, 0);
  whole.next();
  whole.next();
  const auto third = ids(whole.next());
  PrefetchLoader resumed(indexed, EpochOrder(5, 9), options, 4);
  EXPECT_EQ(ids(resumed.next()), third);
}

TEST(PrefetchLoader, RanksSplitEachGlobalBatch) {
  PrefetchOptions options;
  options.batch_size = 2;
  options.world_size = 2;
  options.rank = 0;
  PrefetchLoader zero(indexed, EpochOrder(8, 1), options, 0);
  options.rank = 1;
  PrefetchLoader one(indexed, EpochOrder(8, 1), options, 0);
  EpochOrder reference(8, 1);
  const auto a = ids(zero.next()), b = ids(one.next());
  EXPECT_EQ(a, (std::vector<std::int64_t>{reference.index_at(0), reference.index_at(1)}));
  EXPECT_EQ(b, (std::vector<std::int64_t>{reference.index_at(2), reference.index_at(3)}));
  EXPECT_EQ(zero.position(), 4);
}

TEST(PrefetchLoader, LoadingErrorsReachTheConsumer) {
  PrefetchOptions options;
  options.batch_size = 1;
  std::atomic<int> calls{0};
  PrefetchLoader loader(
      [&](std::int64_t index) -> Sample {
        ++calls;
        if (index == 2) throw std::runtime_error("/data/volume2.nii.gz: truncated");
        return indexed(index);
      },
      EpochOrder(4, 0, false), options, 0);
  loader.next();
  loader.next();
  try {
    loader.next();
    FAIL() << "expected the loader's error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "/data/volume2.nii.gz: truncated");
  }
}

TEST(Collate, MismatchedSamplesAreNamed) {
  auto a = indexed(1), b = indexed(2);
  b.tensors["value"] = torch::zeros({2});
  try {
    collate({a, b});
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("sample '2'"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ctlite::ai
