#include "ai/data/preprocessed_volume_cache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

namespace ctlite::ai {
namespace {
namespace fs = std::filesystem;

struct CacheTest : ::testing::Test {
  // One folder per test: ctest runs the tests of this fixture in parallel processes.
  fs::path root = fs::path(CTLITE_BINARY_DIR) / "test-output" / "volume-cache" /
                  ::testing::UnitTest::GetInstance()->current_test_info()->name();
  fs::path input = root / "input";
  fs::path source = input / "volume.nii";
  void SetUp() override {
    fs::remove_all(root);
    fs::create_directories(input);
    std::ofstream(source) << "voxels";
  }
  StateDict make(int* calls, float value) {
    ++*calls;
    StateDict d;
    d.insert("volume", torch::full({2, 2}, value));
    return d;
  }
};

TEST_F(CacheTest, ComputesOnceThenReadsBack) {
  PreprocessedVolumeCache cache((root / "cache").string());
  int calls = 0;
  auto first = cache.get_or_create(source.string(), "lung;q90", [&] { return make(&calls, 1); });
  auto second = cache.get_or_create(source.string(), "lung;q90", [&] { return make(&calls, 2); });
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(torch::equal(second.at("volume"), torch::full({2, 2}, 1.0f)));
  EXPECT_EQ(cache.hits(), 1u);
  // The entry lives in the cache folder, nothing was written beside the input.
  EXPECT_EQ(std::distance(fs::directory_iterator(input), fs::directory_iterator()), 1);
  EXPECT_TRUE(fs::exists(cache.entry_path(source.string(), "lung;q90")));
}

TEST_F(CacheTest, OtherParametersOrAChangedSourceRecompute) {
  PreprocessedVolumeCache cache((root / "cache").string());
  int calls = 0;
  cache.get_or_create(source.string(), "a", [&] { return make(&calls, 1); });
  cache.get_or_create(source.string(), "b", [&] { return make(&calls, 2); });
  EXPECT_EQ(calls, 2);
  fs::last_write_time(source, fs::last_write_time(source) + std::chrono::seconds(5));
  auto fresh = cache.get_or_create(source.string(), "a", [&] { return make(&calls, 3); });
  EXPECT_EQ(calls, 3);
  EXPECT_TRUE(torch::equal(fresh.at("volume"), torch::full({2, 2}, 3.0f)));
}

TEST_F(CacheTest, CorruptEntryIsRecomputed) {
  PreprocessedVolumeCache cache((root / "cache").string());
  int calls = 0;
  cache.get_or_create(source.string(), "a", [&] { return make(&calls, 1); });
  std::ofstream(cache.entry_path(source.string(), "a"), std::ios::trunc) << "garbage";
  auto again = cache.get_or_create(source.string(), "a", [&] { return make(&calls, 4); });
  EXPECT_EQ(calls, 2);
  EXPECT_TRUE(torch::equal(again.at("volume"), torch::full({2, 2}, 4.0f)));
}

TEST_F(CacheTest, ConcurrentRequestsComputeOnce) {
  PreprocessedVolumeCache cache((root / "cache").string());
  std::atomic<int> calls{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&] {
      cache.get_or_create(source.string(), "p", [&] {
        ++calls;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        StateDict d;
        d.insert("volume", torch::zeros({1}));
        return d;
      });
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(calls.load(), 1);
}

TEST_F(CacheTest, CacheInsideTheInputFolderIsRefused) {
  EXPECT_THROW(require_outside_input((input / "cache").string(), input.string()),
               std::invalid_argument);
  EXPECT_THROW(require_outside_input(input.string() + "/", input.string()), std::invalid_argument);
  EXPECT_NO_THROW(require_outside_input((root / "cache").string(), input.string()));
  EXPECT_NO_THROW(require_outside_input((root / "input2").string(), input.string()));
}

}  // namespace
}  // namespace ctlite::ai
