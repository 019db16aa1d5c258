#pragma once
// CT-Lite's SFP head (paper eqs 7–11): y = Σ_j BTT_j(x_j) over the k chunks x_j of block_size
// features (one chunk per in-plane token position of the pooled CT-ViT feature).
//
// It is stored and computed as ONE BTT of shape (b0, k·b1, n0, n1) (derivation in btt_shape.h):
// W1 (k·b1, b0, r·n0) stacks the blocks' first cores, W2 (n0, k·r·b1, n1) their second cores, so a
// forward is two batched GEMMs over all blocks with the block sum folded into the second GEMM's
// contraction, never a loop of k small products. µP init then uses the second core's true fan-in
// r·k·b1, so the summed output has µP's √(fan_out/fan_in) scale (≈0.03 for unit-variance inputs
// of the real head); a per-block init would make it √k·√(n1/(r·b1)) ≈ 17 instead.

#include "ai/heads/btt_head.h"

namespace ctlite::ai {

class SfpHeadImpl : public BttHeadImpl {
 public:
  explicit SfpHeadImpl(HeadConfig config);

  int64_t block_count() const;
  // Views of block j's own 512 × 512 (block_size × output) BTT, in the §10 layouts.
  torch::Tensor block_first_core(int64_t block) const;   // (b1, b0, r·n0)
  torch::Tensor block_second_core(int64_t block) const;  // (n0, r·b1, n1)
  // Block j's block_size × output matrix A_j; y = Σ_j x_j·A_j (+ bias).
  torch::Tensor block_matrix(int64_t block);

 private:
  void check_block(int64_t block) const;
  torch::Tensor first_core_slice(const torch::Tensor& first, int64_t block) const;
  torch::Tensor second_core_slice(const torch::Tensor& second, int64_t block) const;
};

}  // namespace ctlite::ai
