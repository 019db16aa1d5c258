#pragma once
// Locating the evidence behind a score: which encoder token (slab t, row h, column w) has the
// highest per-token score, e.g. a token's similarity to a finding's prompt latent.

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace ctlite::ai {

struct TokenLocation {
  int64_t t = 0;  // slab (temporal token) index
  int64_t h = 0;  // row
  int64_t w = 0;  // column
  double score = 0.0;
};

// The (t, h, w) of the largest score in a (t, h, w) grid; the first in row-major order on ties.
// Throws std::invalid_argument for a non-3-D or empty grid, or one holding NaN.
TokenLocation strongest_token(const torch::Tensor& grid_scores);

// The `count` largest, by decreasing score (ties in row-major order); fewer when the grid is
// smaller than `count`.
std::vector<TokenLocation> strongest_tokens(const torch::Tensor& grid_scores, int64_t count);

}  // namespace ctlite::ai
