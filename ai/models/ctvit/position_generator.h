#pragma once
// CT-ViT's PEG (ctvit-architecture.md §3.3.1): a depthwise 3×3×3 Conv3d over the token grid,
// causal along its first axis (zero pad 2 before, 0 after), added to the residual stream.
//
// Compatibility trap kept on purpose: the original reshapes the (N, L, dim) buffer to
// (B, t, h, w, dim) WITHOUT permuting, in both stages. In the temporal stage the buffer is laid
// out (B, h, w, t, dim), so the conv runs on a reinterpreted (scrambled unless t = h = w) grid.

#include <torch/torch.h>

#include "ai/models/ctvit/ctvit_outputs.h"

namespace ctlite::ai {

class PositionGeneratorImpl : public torch::nn::Module {
 public:
  explicit PositionGeneratorImpl(std::int64_t dim);
  // The branch PEG(x), same shape as x (autograd-friendly, any device).
  torch::Tensor forward(const torch::Tensor& x, const TokenGrid& grid);
  // x + PEG(x); uses the fused CPU kernel when it applies.
  torch::Tensor add_to(const torch::Tensor& x, const TokenGrid& grid);

  torch::nn::Conv3d dsconv{nullptr};
};
TORCH_MODULE(PositionGenerator);

}  // namespace ctlite::ai
