#include "ai/models/ctvit/gamma_beta_layer_norm.h"

namespace ctlite::ai {

GammaBetaLayerNormImpl::GammaBetaLayerNormImpl(std::int64_t dim)
    : gamma(register_parameter("gamma", torch::ones({dim}))),
      beta(register_buffer("beta", torch::zeros({dim}))) {}

torch::Tensor GammaBetaLayerNormImpl::forward(const torch::Tensor& x) const {
  return torch::layer_norm(x, {x.size(-1)}, gamma, beta, 1e-5);
}

}  // namespace ctlite::ai
