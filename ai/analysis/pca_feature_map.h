#pragma once
// PCA colouring of encoder tokens: the first three principal components of a (t, h, w, d) token
// grid mapped to RGB, the usual way to see what a ViT's features separate (lungs vs. mediastinum
// vs. air) without any labels.

#include <torch/types.h>

namespace ctlite::ai {

struct PcaFeatureMap {
  torch::Tensor rgb;                 // (t, h, w, 3) float32 in [0, 1]
  torch::Tensor components;          // (3, d) float64 unit rows, by decreasing variance
  torch::Tensor explained_variance;  // (3,) float64 sample variance along each component
};

// Exact PCA of the t·h·w tokens (eigendecomposition of the d×d sample covariance in float64, so
// the result does not depend on a random low-rank sketch). Each component's sign is fixed so its
// largest-|loading| entry is positive: without it, eigen-solvers may flip a component between
// runs or builds and the colours would swap. Each channel is min-max scaled over the grid; a
// channel whose variance is at most 1e-12 of the leading one (fewer than three informative
// directions) is 0.5 everywhere.
// Throws std::invalid_argument for a non-4-D grid, d < 3, fewer than 2 tokens or non-finite
// values. Directions with equal variance are not unique (any rotation is a valid answer).
PcaFeatureMap pca_feature_map(const torch::Tensor& token_grid);

}  // namespace ctlite::ai
