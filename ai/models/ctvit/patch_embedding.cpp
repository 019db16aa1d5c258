#include "ai/models/ctvit/patch_embedding.h"

namespace ctlite::ai {

PatchEmbeddingImpl::PatchEmbeddingImpl(const CtVitConfig& config) : config_(config) {
  patch_norm =
      register_module("1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.patch_dim()})));
  projection = register_module("2", torch::nn::Linear(config.patch_dim(), config.dim));
  token_norm =
      register_module("3", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.dim})));
}

// (B, C, t·pt, h·p, w·p) -> (B, t, h, w, C·pt·p·p): 'b c (t pt) (h p1) (w p2) -> b t h w (c pt p1
// p2)'.
torch::Tensor PatchEmbeddingImpl::patches_of(const torch::Tensor& video) const {
  const std::int64_t batch = video.size(0), channels = video.size(1);
  const std::int64_t pt = config_.temporal_patch_size, p = config_.patch_size;
  const std::int64_t t = video.size(2) / pt, h = video.size(3) / p, w = video.size(4) / p;
  return video.reshape({batch, channels, t, pt, h, p, w, p})
      .permute({0, 2, 4, 6, 1, 3, 5, 7})
      .reshape({batch, t, h, w, channels * pt * p * p});
}

torch::Tensor PatchEmbeddingImpl::forward(const torch::Tensor& video) {
  const std::int64_t pt = config_.temporal_patch_size;
  if (torch::GradMode::is_enabled()) return token_norm(projection(patch_norm(patches_of(video))));

  const std::int64_t batch = video.size(0), t = video.size(2) / pt;
  const std::int64_t h = config_.grid_size(), w = config_.grid_size();
  torch::Tensor tokens = torch::empty({batch, t, h, w, config_.dim}, video.options());
  const torch::Tensor weight_t = projection->weight.t();
  for (std::int64_t b = 0; b < batch; ++b) {
    for (std::int64_t slab = 0; slab < t; ++slab) {
      const torch::Tensor patches =
          patches_of(video.narrow(0, b, 1).narrow(2, slab * pt, pt)).reshape({h * w, -1});
      const torch::Tensor normed = patch_norm(patches);
      torch::Tensor rows = tokens[b][slab].view({h * w, config_.dim});
      torch::addmm_out(rows, projection->bias, normed, weight_t);
    }
  }
  return token_norm(tokens);
}

}  // namespace ctlite::ai
