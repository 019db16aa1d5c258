// The wizard's SFP cost and μP arithmetic against the numbers ai/heads/btt_shape.h and
// ai/training/mup_parameter_groups.h document for the real CT-CLIP head.
#include <gtest/gtest.h>

#include "widgets/wizard/head_cost_estimate.h"

namespace ctlite::widgets {
namespace {

using Factors = std::pair<std::int64_t, std::int64_t>;

TEST(HeadCostEstimate, FactorizeMatchesTheBttAuthorsSplit) {
  EXPECT_EQ(factorize_in_two(512), Factors(16, 32));
  EXPECT_EQ(factorize_in_two(294912), Factors(384, 768));
  EXPECT_EQ(factorize_in_two(64), Factors(8, 8));
  EXPECT_EQ(factorize_in_two(7), Factors(1, 7));
  EXPECT_EQ(factorize_in_two(1), Factors(1, 1));
}

TEST(HeadCostEstimate, CtClipHeadMatchesTheDocumentedCounts) {
  // btt_shape.h: Params = 576 · 24 576 · r; dense 150 994 944; 0.375× at r = 4.
  const HeadCostEstimate r1 = estimate_sfp_head(576, 512, 512, 1, 1e-4);
  EXPECT_EQ(r1.sfp_parameters, 14155776);
  EXPECT_EQ(r1.dense_parameters, 150994944);
  EXPECT_NEAR(1.0 / r1.parameter_ratio, 10.67, 0.01);
  const HeadCostEstimate r4 = estimate_sfp_head(576, 512, 512, 4, 1e-4);
  EXPECT_DOUBLE_EQ(r4.parameter_ratio, 0.375);
  EXPECT_EQ(r4.full_rank, 16);
  // eq. 19 with fan_in_base 512: W1 sums over b0 = 16 inputs, W2 over r·k·b1 = 4·576·32.
  EXPECT_DOUBLE_EQ(r4.first_core_learning_rate, 1e-4 * 512 / 16);
  EXPECT_DOUBLE_EQ(r4.second_core_learning_rate, 1e-4 * 512 / (4.0 * 576 * 32));
}

TEST(HeadCostEstimate, UnusableSizesGiveZeros) {
  EXPECT_EQ(estimate_sfp_head(0, 512, 512, 4, 1e-4).dense_parameters, 0);
  EXPECT_EQ(estimate_sfp_head(576, 512, 512, 0, 1e-4).sfp_parameters, 0);
}

}  // namespace
}  // namespace ctlite::widgets
