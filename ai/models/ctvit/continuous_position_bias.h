#pragma once
// CT-ViT `spatial_rel_pos_bias` (ctvit-architecture.md §3.2): an MLP maps each relative in-plane
// offset (compressed as sign(r)·ln(|r|+1)) to one attention bias per head, giving
// bias[head, n, m] over the h·w tokens of a frame.
//
// The original runs the MLP on all (h·w)² token pairs (576² rows × a 512×512 layer ≈ 174 GFLOP
// per forward for CT-CLIP). Only (2h−1)(2w−1) offsets are distinct, so the MLP runs once per
// distinct offset and the result is gathered: the same per-row arithmetic, ~150× less work.

#include <torch/torch.h>

namespace ctlite::ai {

class ContinuousPositionBiasImpl : public torch::nn::Module {
 public:
  ContinuousPositionBiasImpl(std::int64_t dim, std::int64_t heads, std::int64_t layers);
  // (heads, height·width, height·width) on `device`.
  torch::Tensor forward(std::int64_t height, std::int64_t width, const torch::Device& device);

  // The original's nn.Sequential(Sequential(Linear(2, dim), LeakyReLU), ..., Linear(dim, heads))
  // as a ModuleList with the same keys (net.0.0.weight, ..., net.<layers>.weight).
  torch::nn::ModuleList net{nullptr};
  std::vector<torch::nn::Linear> hidden_layers;  // followed by LeakyReLU(0.1)
  torch::nn::Linear output_layer{nullptr};
};
TORCH_MODULE(ContinuousPositionBias);

}  // namespace ctlite::ai
