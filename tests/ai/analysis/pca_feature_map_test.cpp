#include "ai/analysis/pca_feature_map.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

namespace ctlite::ai {
namespace {

// Tokens whose sample covariance is exactly U·diag(9, 4, 1)·Uᵀ: zero-mean orthonormal
// coefficient columns (QR of centred noise) scaled by sqrt(N−1)·σ, along orthonormal directions
// U, plus a constant offset that PCA must remove.
struct SyntheticGrid {
  torch::Tensor grid;          // (2, 3, 4, 6)
  torch::Tensor directions;    // (6, 3) columns = true principal directions
  torch::Tensor coefficients;  // (24, 3) coordinates along them
};

SyntheticGrid synthetic_grid() {
  torch::manual_seed(7);
  const int64_t n = 24, d = 6;
  auto noise = torch::randn({n, 3}, torch::kFloat64);
  const auto q = std::get<0>(torch::linalg::qr(noise - noise.mean(0, true)));
  const auto sigma = torch::tensor({3.0, 2.0, 1.0}, torch::kFloat64);
  SyntheticGrid s;
  s.coefficients = q * sigma * std::sqrt(static_cast<double>(n - 1));
  s.directions = std::get<0>(torch::linalg::qr(torch::randn({d, 3}, torch::kFloat64)));
  const auto offset = torch::linspace(-2.0, 5.0, d, torch::kFloat64);
  s.grid = (s.coefficients.mm(s.directions.t()) + offset).reshape({2, 3, 4, d});
  return s;
}

TEST(PcaFeatureMap, RecoversKnownDirectionsVariancesAndColours) {
  const SyntheticGrid s = synthetic_grid();
  const PcaFeatureMap map = pca_feature_map(s.grid);
  EXPECT_TRUE(torch::allclose(map.explained_variance, torch::tensor({9.0, 4.0, 1.0}, torch::kFloat64), 1e-9, 1e-9));
  ASSERT_EQ(map.rgb.sizes(), (torch::IntArrayRef{2, 3, 4, 3}));
  EXPECT_EQ(map.rgb.scalar_type(), torch::kFloat32);
  const auto rgb = map.rgb.reshape({24, 3}).to(torch::kFloat64);
  for (int64_t k = 0; k < 3; ++k) {
    const auto component = map.components[k];
    const double alignment = component.dot(s.directions.select(1, k)).item<double>();
    EXPECT_NEAR(std::abs(alignment), 1.0, 1e-9) << "component " << k;
    // Sign convention: the largest-|loading| entry is positive.
    EXPECT_GT(component[component.abs().argmax()].item<double>(), 0.0);
    // Colour channel k is the min-max scaled coordinate along the (sign-fixed) direction.
    const auto coordinate = s.coefficients.select(1, k) * (alignment > 0 ? 1.0 : -1.0);
    const auto expected = (coordinate - coordinate.min()) / (coordinate.max() - coordinate.min());
    EXPECT_TRUE(torch::allclose(rgb.select(1, k), expected, 1e-6, 1e-6)) << "channel " << k;
  }
}

TEST(PcaFeatureMap, NegatedTokensKeepComponentsAndInvertColours) {
  const SyntheticGrid s = synthetic_grid();
  const PcaFeatureMap map = pca_feature_map(s.grid);
  const PcaFeatureMap negated = pca_feature_map(-s.grid);
  EXPECT_TRUE(torch::allclose(negated.components, map.components, 1e-9, 1e-9));
  EXPECT_TRUE(torch::allclose(negated.rgb, 1.0 - map.rgb, 1e-5, 1e-5));
}

TEST(PcaFeatureMap, FlatChannelsAreMidGreyAndBadGridsAreRejected) {
  // Only one informative direction: the second and third channels have no spread.
  auto grid = torch::zeros({1, 2, 2, 4});
  grid.index_put_({0, torch::indexing::Slice(), torch::indexing::Slice(), 0}, torch::tensor({{1.0, 2.0}, {3.0, 4.0}}));
  const PcaFeatureMap map = pca_feature_map(grid);
  EXPECT_TRUE(torch::allclose(map.rgb.select(3, 0).flatten(), torch::tensor({0.0f, 1.0f / 3, 2.0f / 3, 1.0f})));
  EXPECT_TRUE(torch::all(map.rgb.select(3, 1) == 0.5f).item<bool>());
  EXPECT_TRUE(torch::all(map.rgb.select(3, 2) == 0.5f).item<bool>());
  // A constant grid has no direction at all: every channel is mid-grey, never NaN.
  EXPECT_TRUE(torch::all(pca_feature_map(torch::ones({1, 2, 2, 4})).rgb == 0.5f).item<bool>());
  // Rounding-level noise on top of one real direction stays grey too.
  const PcaFeatureMap noisy = pca_feature_map(grid + 1e-9 * torch::randn({1, 2, 2, 4}));
  EXPECT_TRUE(torch::all(noisy.rgb.select(3, 2) == 0.5f).item<bool>());
  EXPECT_THROW(pca_feature_map(torch::zeros({2, 2, 2})), std::invalid_argument);
  EXPECT_THROW(pca_feature_map(torch::zeros({1, 2, 2, 2})), std::invalid_argument);
  EXPECT_THROW(pca_feature_map(torch::zeros({1, 1, 1, 8})), std::invalid_argument);
  auto with_nan = torch::zeros({1, 2, 2, 4});
  with_nan[0][0][0][0] = NAN;
  EXPECT_THROW(pca_feature_map(with_nan), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
