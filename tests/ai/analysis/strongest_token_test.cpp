#include "ai/analysis/strongest_token.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

namespace ctlite::ai {
namespace {

TEST(StrongestToken, FindsTheArgmaxAsSlabRowColumn) {
  auto scores = torch::zeros({3, 4, 5});
  scores[2][1][3] = 0.9;
  scores[0][3][4] = 0.7;
  scores[1][0][0] = 0.7;  // tie with [0][3][4]: row-major first wins
  const TokenLocation best = strongest_token(scores);
  EXPECT_EQ(best.t, 2);
  EXPECT_EQ(best.h, 1);
  EXPECT_EQ(best.w, 3);
  EXPECT_NEAR(best.score, 0.9, 1e-7);
  const auto top = strongest_tokens(scores, 3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ((std::vector<int64_t>{top[1].t, top[1].h, top[1].w}), (std::vector<int64_t>{0, 3, 4}));
  EXPECT_EQ((std::vector<int64_t>{top[2].t, top[2].h, top[2].w}), (std::vector<int64_t>{1, 0, 0}));
  EXPECT_EQ(strongest_tokens(scores, 100).size(), 60u);
}

TEST(StrongestToken, RejectsBadGrids) {
  EXPECT_THROW(strongest_token(torch::zeros({4, 5})), std::invalid_argument);
  EXPECT_THROW(strongest_token(torch::zeros({0, 4, 5})), std::invalid_argument);
  EXPECT_THROW(strongest_token(torch::full({1, 1, 2}, NAN)), std::invalid_argument);
  EXPECT_THROW(strongest_tokens(torch::zeros({1, 1, 2}), -1), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
