#pragma once
// The SFP head's size and cost next to the dense head it replaces, and the μP learning rates of
// its two cores, for the wizard's live hints. Plain arithmetic (the GUI never links LibTorch);
// it restates ai/heads/btt_shape.h and ai/training/mup_parameter_groups.h, which own the real
// shapes, and tests/widgets/wizard/head_cost_estimate_test.cpp pins it to the numbers printed there.
//
// SFP (CT-Lite eqs 7–11): the encoder output of k in-plane token positions × block_size features
// is cut into k chunks; each chunk has a rank-r BTT matrix block_size × d_out with
// (b0, b1) = factorize(block_size), (n0, n1) = factorize(d_out), stacked into one BTT with
// (m0, m1) = (b0, k·b1):
//     Params(SFP) = k · r · (block_size·n0 + b1·d_out)      Params(dense) = k · block_size · d_out
// FLOPs per row are 2·Params for both (two batched GEMMs vs one GEMM).
//
// μP (eq. 19): lr_block = lr · fan_in_base / fan_in_block, fan_in_base = the encoder width
// (block_size); the first core sums over m0 = b0 inputs, the second over r·m1 = r·k·b1.

#include <cstdint>
#include <utility>

namespace ctlite::widgets {

// The BTT authors' factorize(n, 2): ascending prime factors go one at a time onto the smaller of
// the two numbers; returned ascending. 512 → (16, 32), 64 → (8, 8).
std::pair<std::int64_t, std::int64_t> factorize_in_two(std::int64_t n);

struct HeadCostEstimate {
  std::int64_t dense_parameters = 0;
  std::int64_t sfp_parameters = 0;
  double parameter_ratio = 0;  // SFP / dense (= the FLOP ratio)
  std::int64_t full_rank = 0;  // min(b0, d_out's n1): higher ranks add nothing
  double first_core_learning_rate = 0;   // μP-scaled, eq. 19
  double second_core_learning_rate = 0;
};

// token_positions k (CT-CLIP: 24² = 576), block_size = the encoder width (512), output = the
// latent size (512). Zero-filled when a size is not positive.
HeadCostEstimate estimate_sfp_head(std::int64_t token_positions, std::int64_t block_size,
                                   std::int64_t output_size, std::int64_t rank, double learning_rate);

}  // namespace ctlite::widgets
