#include "ai/training/data_parallel_group.h"

#include <gtest/gtest.h>

#include <thread>

namespace ctlite::ai {
namespace {

// Two ranks in two threads of this process (the store does not care), on a port derived from
// the pid so parallel test runs do not collide.
TEST(DataParallelGroup, AveragesTensorsAndNumbersIdenticallyOnEveryRank) {
  const int port = 20000 + static_cast<int>(::getpid() % 20000);
  std::vector<torch::Tensor> results(2);
  std::vector<std::vector<double>> numbers(2);
  std::vector<std::string> errors(2);
  auto rank_main = [&](int rank) {
    try {
      DataParallelGroup group({rank, 2, "127.0.0.1", port, 30});
      auto grad = torch::full({2, 3}, static_cast<float>(rank + 1));
      auto other = torch::full({4}, static_cast<float>(10 * rank));
      group.average(std::vector<torch::Tensor>{});  // a task without running buffers: a no-op
      group.average({grad, other});
      results[static_cast<size_t>(rank)] = torch::cat({grad.reshape(-1), other});
      numbers[static_cast<size_t>(rank)] = group.average(std::vector<double>{1.0 + rank, 4.0});
      group.require_identical(3.25, "a constant");
      if (rank == 1) {
        EXPECT_THROW(group.require_identical(1.0, "rank"), std::runtime_error);
      } else {
        EXPECT_THROW(group.require_identical(0.0, "rank"), std::runtime_error);
      }
    } catch (const std::exception& e) {
      errors[static_cast<size_t>(rank)] = e.what();
    }
  };
  std::thread zero(rank_main, 0), one(rank_main, 1);
  zero.join();
  one.join();
  ASSERT_EQ(errors[0], "");
  ASSERT_EQ(errors[1], "");
  EXPECT_TRUE(torch::equal(results[0], results[1]));
  EXPECT_TRUE(torch::allclose(results[0].narrow(0, 0, 6), torch::full({6}, 1.5f)));
  EXPECT_TRUE(torch::allclose(results[0].narrow(0, 6, 4), torch::full({4}, 5.0f)));
  EXPECT_EQ(numbers[0], (std::vector<double>{1.5, 4.0}));
  EXPECT_EQ(numbers[1], numbers[0]);
}

TEST(DataParallelGroup, RejectsImpossibleRanks) {
  EXPECT_THROW(DataParallelGroup({2, 2, "127.0.0.1", 29999, 1}), std::invalid_argument);
  EXPECT_THROW(DataParallelGroup({0, 1, "127.0.0.1", 70000, 1}), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
