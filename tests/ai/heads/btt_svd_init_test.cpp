// SVD initialisation from a dense weight (CT-Lite paper eqs 13–14).

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "ai/heads/btt_matmul.h"
#include "ai/heads/btt_svd_init.h"
#include "ai/heads/dense_head.h"
#include "ai/heads/sfp_head.h"
#include "tests/ai/heads/golden_tensors.h"

namespace ctlite::ai {
namespace {

// Σ of the discarded squared singular values, from sub-blocks cut out one at a time by their
// definition A[a1·m0 + a0, c0·n1 + c1], independent of the implementation's reshapes.
double expected_squared_error(const torch::Tensor& dense, const BttShape& s) {
  double total = 0.0;
  auto a = dense.to(torch::kFloat64);
  for (int64_t a1 = 0; a1 < s.m1; ++a1)
    for (int64_t c0 = 0; c0 < s.n0; ++c0) {
      auto sub = a.narrow(0, a1 * s.m0, s.m0).narrow(1, c0 * s.n1, s.n1);
      auto sigma = torch::linalg_svdvals(sub);
      if (s.rank < sigma.size(0))
        total += sigma.narrow(0, s.rank, sigma.size(0) - s.rank).square().sum().item<double>();
    }
  return total;
}

TEST(BttSvdInit, FullRankReconstructsExactly) {
  torch::manual_seed(1);
  const BttShape shape = global_btt_shape(24, 12, 4);  // sub-blocks 4 × 6: full rank 4
  ASSERT_EQ(shape.full_rank(), 4);
  auto dense = torch::randn({24, 12});
  const BttCores cores = btt_cores_from_dense(dense, shape);
  EXPECT_LT(cores.squared_error, 1e-20);
  CTLITE_EXPECT_TENSOR_NEAR(btt_dense_matrix(cores.first, cores.second, shape.rank), dense, 1e-5);
}

TEST(BttSvdInit, TruncatedErrorEqualsTheDiscardedSingularValues) {
  torch::manual_seed(2);
  auto dense = torch::randn({1024, 32});
  for (int64_t rank : {1, 2, 5}) {
    const BttShape shape = sfp_btt_shape(1024, 32, 64, rank);
    const BttCores cores = btt_cores_from_dense(dense, shape);
    const double actual = (btt_dense_matrix(cores.first, cores.second, rank).to(torch::kFloat64) -
                           dense.to(torch::kFloat64)).square().sum().item<double>();
    const double expected = expected_squared_error(dense, shape);
    EXPECT_NEAR(cores.squared_error, expected, 1e-9 * expected) << "rank " << rank;
    EXPECT_NEAR(actual, expected, 1e-5 * expected) << "rank " << rank;
  }
}

TEST(BttSvdInit, RankAboveFullRankPadsWithZeros) {
  torch::manual_seed(4);
  const BttShape shape = global_btt_shape(24, 12, 6);
  auto dense = torch::randn({24, 12});
  const BttCores cores = btt_cores_from_dense(dense, shape);
  CTLITE_EXPECT_TENSOR_NEAR(btt_dense_matrix(cores.first, cores.second, 6), dense, 1e-5);
  EXPECT_THROW(btt_cores_from_dense(torch::randn({12, 24}), shape), std::invalid_argument);
}

TEST(BttSvdInit, SfpHeadFromALinearWeightMatchesTheDenseHead) {
  torch::manual_seed(6);
  HeadConfig dense_config{HeadType::Dense, 1024, 32};
  DenseHeadImpl dense(dense_config);
  for (bool normalize : {false, true}) {
    HeadConfig config{HeadType::Sfp, 1024, 32, /*rank=*/8, /*block_size=*/64, normalize};
    SfpHeadImpl head(config);  // sub-blocks 8 × 8: rank 8 is exact
    const double relative = head.initialize_from_linear_weight(dense.weight());
    EXPECT_LT(relative, 1e-6);
    auto x = torch::randn({3, 1024});
    CTLITE_EXPECT_TENSOR_NEAR(head.forward(x), dense.forward(x), 1e-4);
  }
  SfpHeadImpl low(HeadConfig{HeadType::Sfp, 1024, 32, 2, 64});
  const double relative = low.initialize_from_linear_weight(dense.weight());
  EXPECT_GT(relative, 0.1);
  EXPECT_LT(relative, 1.0);
}

TEST(BttNorm, CapsTheCoreRms) {
  // max_rms for a 4 → 8 core: sqrt(min(4, 8)·8 / (8·4·4)) = 0.5.
  auto big = torch::full({2, 4, 8}, 2.0);
  auto normalized = btt_normalized_core(big, 4, 8);
  EXPECT_NEAR(normalized.square().mean().sqrt().item<double>(), 0.5, 1e-6);
  auto small = torch::full({2, 4, 8}, 0.1);
  EXPECT_TRUE(torch::allclose(btt_normalized_core(small, 4, 8), small));
}

TEST(BttHead, MupInitHasTheAuthorsStandardDeviations) {
  torch::manual_seed(8);
  BttHeadImpl head(HeadConfig{HeadType::Btt, 294912, 512, 2});
  // First core 384 → 2·16 = 32: σ = √(1/384)·√(32/384); second 2·768 → 32: σ = √(1/1536)·√(32/1536).
  const double s1 = std::sqrt(1.0 / 384) * std::sqrt(32.0 / 384);
  const double s2 = std::sqrt(1.0 / 1536) * std::sqrt(32.0 / 1536);
  EXPECT_NEAR(head.first_core().std().item<double>(), s1, 0.01 * s1);
  EXPECT_NEAR(head.second_core().std().item<double>(), s2, 0.01 * s2);
}

}  // namespace
}  // namespace ctlite::ai
