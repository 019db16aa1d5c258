#pragma once
// CT-ViT's own LayerNorm (attention `norm`, `context_norm`, `norm_out`): a learned `gamma` and a
// persistent BUFFER `beta` (zeros at init, never trained, but stored in checkpoints and used).

#include <torch/torch.h>

namespace ctlite::ai {

class GammaBetaLayerNormImpl : public torch::nn::Module {
 public:
  explicit GammaBetaLayerNormImpl(std::int64_t dim);
  torch::Tensor forward(const torch::Tensor& x) const;

  torch::Tensor gamma, beta;
};
TORCH_MODULE(GammaBetaLayerNorm);

}  // namespace ctlite::ai
