// factorize and the BTT/SFP shape and cost formulas (ctvit-architecture.md §10, golden/btt.json).

#include <gtest/gtest.h>

#include <stdexcept>

#include "ai/heads/btt_shape.h"
#include "ai/heads/head_cost_table.h"
#include "ai/heads/projection_head.h"

namespace ctlite::ai {
namespace {

using Pair = std::pair<int64_t, int64_t>;

TEST(FactorizeInTwo, SpreadsPrimesOntoTheSmallerNumber) {
  EXPECT_EQ(factorize_in_two(24), Pair(4, 6));
  EXPECT_EQ(factorize_in_two(12), Pair(2, 6));
  EXPECT_EQ(factorize_in_two(1024), Pair(32, 32));
  EXPECT_EQ(factorize_in_two(32), Pair(4, 8));
  EXPECT_EQ(factorize_in_two(512), Pair(16, 32));
  EXPECT_EQ(factorize_in_two(294912), Pair(384, 768));
  // Greedy, not optimal: 2·2·3·3·5 = 180 → (2,1)(2,2)(6,2)(6,6)(30,6) → (6, 30), not (12, 15).
  EXPECT_EQ(factorize_in_two(180), Pair(6, 30));
  EXPECT_EQ(factorize_in_two(7), Pair(1, 7));
  EXPECT_EQ(factorize_in_two(1), Pair(1, 1));
  EXPECT_THROW(factorize_in_two(0), std::invalid_argument);
}

TEST(BttShape, MatchesTheGoldenShapesAndParameterCounts) {
  const BttShape small = global_btt_shape(24, 12, 2);
  EXPECT_EQ(small.first_core_numel(), 6 * 4 * 4);
  EXPECT_EQ(small.second_core_numel(), 2 * 12 * 6);
  EXPECT_EQ(small.parameter_count(), 240);
  const BttShape head = global_btt_shape(1024, 32, 4);
  EXPECT_EQ(head.m0, 32);
  EXPECT_EQ(head.n0, 4);
  EXPECT_EQ(head.parameter_count(), 20480);
  // real_head_example of btt.json: 5 111 808 · r.
  for (int64_t rank : {1, 2, 4, 8, 16}) {
    const BttShape real = global_btt_shape(294912, 512, rank);
    EXPECT_EQ(real.parameter_count(), 5111808 * rank);
    EXPECT_EQ(real.flops_per_row(), 2 * 5111808 * rank);
    EXPECT_EQ(real.parameter_count(), rank * (294912 * real.n0 + real.m1 * 512));
  }
}

TEST(BttShape, SfpIsOneBttWithAllBlocksStacked) {
  const BttShape sfp = sfp_btt_shape(294912, 512, 512, 4);
  EXPECT_EQ(sfp.m0, 16);
  EXPECT_EQ(sfp.m1, 576 * 32);
  EXPECT_EQ(sfp.n0, 16);
  EXPECT_EQ(sfp.n1, 32);
  // Params(SFP) = k·r·(block·n0 + b1·d_out) = 576·4·(512·16 + 32·512).
  EXPECT_EQ(sfp.parameter_count(), 576 * 4 * (512 * 16 + 32 * 512));
  EXPECT_EQ(sfp.parameter_count(), 14155776 * 4);
  EXPECT_EQ(sfp.full_rank(), 16);
  EXPECT_THROW(sfp_btt_shape(1000, 512, 512, 1), std::invalid_argument);
  EXPECT_THROW(sfp_btt_shape(1024, 32, 64, 0), std::invalid_argument);
}

TEST(HeadCost, CountsBiasAndNormGains) {
  HeadConfig dense{HeadType::Dense, 294912, 512};
  EXPECT_EQ(head_cost(dense).parameters, 150994944);
  HeadConfig sfp{HeadType::Sfp, 294912, 512, 2, 512, /*normalize_cores=*/true, /*bias=*/true};
  EXPECT_EQ(head_cost(sfp).parameters, 14155776 * 2 + 2 + 512);
  EXPECT_EQ(head_cost(sfp).flops_per_row, 2 * 14155776 * 2 + 512);
  EXPECT_EQ(head_type_from_name("btt"), HeadType::Btt);
  EXPECT_THROW(head_type_from_name("monarch"), std::invalid_argument);
}

TEST(HeadCostTable, ListsDenseThenBttAndSfpPerRank) {
  const auto rows = head_cost_table({1, 4});
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].config.type, HeadType::Dense);
  EXPECT_EQ(rows[1].cost.parameters, 5111808);
  EXPECT_EQ(rows[2].cost.parameters, 14155776);
  EXPECT_EQ(rows[4].cost.parameters, 4 * 14155776);
  EXPECT_DOUBLE_EQ(rows[4].parameters_vs_dense, 0.375);  // rank-4 SFP: 0.375 × the dense weights
  EXPECT_EQ(rows[3].cost.flops_per_row, 2 * 4 * 5111808);
}

}  // namespace
}  // namespace ctlite::ai
