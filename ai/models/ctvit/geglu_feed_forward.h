#pragma once
// CT-ViT feed-forward (ctvit-architecture.md §3.3.3): LayerNorm, Linear dim → 2·inner (no bias),
// GEGLU with the FIRST half as the value and the SECOND as the gate (a ⊙ GELU(g), exact erf
// GELU), Linear inner → dim (no bias). inner = int(4·(2/3)·dim) = 1365 for CT-CLIP.
// Child names "0", "1", "4" match the original nn.Sequential (2 = GEGLU, 3 = Dropout).

#include <torch/torch.h>

namespace ctlite::ai {

class GegluFeedForwardImpl : public torch::nn::Module {
 public:
  GegluFeedForwardImpl(std::int64_t dim, std::int64_t inner_dim);
  torch::Tensor forward(const torch::Tensor& x);  // the branch, autograd-friendly
  // x += FF(x) in place (x contiguous, no autograd), `rows_per_chunk` tokens at a time so the
  // (rows × 2·inner) hidden activations stay small.
  void add_to(torch::Tensor& x, std::int64_t rows_per_chunk);

  torch::nn::LayerNorm norm{nullptr};
  torch::nn::Linear project_in{nullptr}, project_out{nullptr};

 private:
  std::int64_t inner_dim_;
};
TORCH_MODULE(GegluFeedForward);

}  // namespace ctlite::ai
