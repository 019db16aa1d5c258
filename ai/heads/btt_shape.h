#pragma once
// Shapes and costs of the 2-core Block Tensor-Train (BTT) matrix (Qiu et al. 2024, "Compute
// Better Spent"; ctvit-architecture.md §10) and of CT-Lite's SFP head, which is the same
// operator with a different split of the input axis (see sfp_btt_shape).

#include <cstdint>
#include <string>
#include <utility>

namespace ctlite::ai {

// The authors' `factorize(n, 2)`: prime factors in ascending order (with multiplicity) go one at a
// time onto whichever of the two numbers is currently smallest (the first on ties); the pair is
// returned sorted ascending. factorize_in_two(512) = (16, 32), (294912) = (384, 768).
std::pair<int64_t, int64_t> factorize_in_two(int64_t n);

// A[a1·m0 + a0, c0·n1 + c1] = Σ_{k<rank} W1[a1, a0, c0·rank + k] · W2[c0, a1·rank + k, c1]
// with W1 of shape (m1, m0, rank·n0) and W2 of shape (n0, rank·m1, n1); A is (m0·m1) × (n0·n1)
// and y = x·A (row-vector convention).
struct BttShape {
  int64_t m0 = 1;
  int64_t m1 = 1;
  int64_t n0 = 1;
  int64_t n1 = 1;
  int64_t rank = 1;

  int64_t input_size() const { return m0 * m1; }
  int64_t output_size() const { return n0 * n1; }
  int64_t first_core_numel() const { return m1 * m0 * rank * n0; }
  int64_t second_core_numel() const { return n0 * rank * m1 * n1; }
  // rank·(d_in·n0 + m1·d_out), bias excluded.
  int64_t parameter_count() const { return first_core_numel() + second_core_numel(); }
  // Multiply-adds of both batched GEMMs, counted as 2 FLOPs each, per input row.
  int64_t flops_per_row() const { return 2 * parameter_count(); }
  // Largest useful rank: each (a1, c0) sub-block of A is m0 × n1, so rank min(m0, n1) is exact.
  int64_t full_rank() const { return m0 < n1 ? m0 : n1; }
  // Throws std::invalid_argument when a dimension is not positive or a size would overflow.
  void validate() const;
  std::string to_string() const;
};

// The "global BTT" of §10: (m0, m1) = factorize(d_in), (n0, n1) = factorize(d_out).
BttShape global_btt_shape(int64_t input_size, int64_t output_size, int64_t rank);

// SFP (CT-Lite paper eqs 7–11): the input of length k·block_size is cut into k contiguous chunks
// x_j (for the CT-CLIP feature a chunk is one in-plane token position's 512 features), each chunk
// goes through its own BTT-factorised block_size × output_size matrix of rank r, and the k outputs
// are summed.
//
// With (b0, b1) = factorize(block_size) and (n0, n1) = factorize(output_size), chunk j's BTT has
// cores W1_j (b1, b0, r·n0) and W2_j (n0, r·b1, n1). Input index j·block_size + a1'·b0 + a0 equals
// (j·b1 + a1')·b0 + a0, so stacking the k first cores along their batch axis and the k second cores
// along their middle axis gives exactly ONE BTT of shape (m0, m1) = (b0, k·b1): the sum over
// blocks becomes part of the second GEMM's contraction. One pair of batched GEMMs thus serves all
// k blocks, and every formula of BttShape applies:
//   Params(SFP) = k · r · (block_size·n0 + b1·output_size)
// For the real head (k = 576, block 512 → (16, 32), output 512 → (16, 32)):
//   Params = 576 · r · (512·16 + 32·512) = 576 · 24 576 · r = 14 155 776 · r,
// i.e. 10.7× fewer than the dense 150 994 944 at r = 1 and 0.375× the dense weight at r = 4.
BttShape sfp_btt_shape(int64_t input_size, int64_t output_size, int64_t block_size, int64_t rank);

}  // namespace ctlite::ai
