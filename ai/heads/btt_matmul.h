#pragma once
// The 2-core BTT product y = x·A computed as two batched GEMMs (ctvit-architecture.md §10), the
// dense matrix it represents, and the `btt_norm` core normalisation. All of it is differentiable.

#include <torch/types.h>

#include "ai/heads/btt_shape.h"

namespace ctlite::ai {

// Reads (m0, m1, n0, n1, rank) from the cores: first (m1, m0, rank·n0), second (n0, rank·m1, n1).
// `rank` cannot be read from the cores alone and must be given.
BttShape btt_shape_of(const torch::Tensor& first_core, const torch::Tensor& second_core,
                      int64_t rank);

// x: (..., m0·m1) → (..., n0·n1).
torch::Tensor btt_matmul(const torch::Tensor& x, const torch::Tensor& first_core,
                         const torch::Tensor& second_core, int64_t rank);

// The (m0·m1) × (n0·n1) matrix A of y = x·A. For checks and small layers only.
torch::Tensor btt_dense_matrix(const torch::Tensor& first_core, const torch::Tensor& second_core,
                               int64_t rank);

// `btt_norm`: core / max(1, rms(core)/max_rms) with rms = sqrt(mean(core²) + 1e-8) and
// max_rms = sqrt(min(a, b)·b / (b·a·a)) = sqrt(min(a, b)) / a for a core mapping a → b features
// (a = m0, b = rank·n0 for the first core; a = rank·m1, b = n1 for the second). It caps each
// core's spectral scale the way µP expects; the division is part of the graph, as in the authors'
// forward.
torch::Tensor btt_normalized_core(const torch::Tensor& core, int64_t fan_in, int64_t fan_out);
// The 0-d divisor max(1, rms(core)/max_rms) used above.
torch::Tensor btt_norm_divisor(const torch::Tensor& core, int64_t fan_in, int64_t fan_out);

}  // namespace ctlite::ai
