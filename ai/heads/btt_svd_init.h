#pragma once
// Best rank-r BTT approximation of a dense matrix (CT-Lite paper eqs 13–14): initialises a BTT or
// SFP head from a trained dense projection such as CT-CLIP's `to_visual_latent`.
//
// In A[a1·m0 + a0, c0·n1 + c1] = Σ_k W1[a1, a0, c0·r + k] · W2[c0, a1·r + k, c1] every (a1, c0)
// sub-block S[a0, c1] (m0 × n1) is the product of its own slices U = W1[a1, :, c0·r : c0·r + r]
// and V = W2[c0, a1·r : a1·r + r, :], which no other sub-block shares. The sub-blocks tile A, so
// the Frobenius-optimal BTT is the per-sub-block truncated SVD (Eckart–Young), and the squared
// error is the sum of the discarded squared singular values. Each factor gets √σ.

#include <torch/types.h>

#include "ai/heads/btt_shape.h"

namespace ctlite::ai {

struct BttCores {
  torch::Tensor first;   // (m1, m0, r·n0)
  torch::Tensor second;  // (n0, r·m1, n1)
  double squared_error = 0.0;  // ‖A − A_btt‖²_F, from the discarded singular values
};

// A: (m0·m1) × (n0·n1), row-vector convention y = x·A (the transpose of an nn.Linear weight).
// A rank above shape.full_rank() pads with zero factors. Works in float64 and returns cores of
// A's dtype; the SVDs run in slices of a1 so memory stays near twice A's size.
BttCores btt_cores_from_dense(const torch::Tensor& dense, const BttShape& shape);

}  // namespace ctlite::ai
