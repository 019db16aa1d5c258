#pragma once
// CT-ViT `to_patch_emb` (ctvit-architecture.md §3.1): cut (B, C, F, H, W) into
// temporal_patch × patch × patch blocks, flatten each in (c, dz, dy, dx) order, LayerNorm over
// the whole patch vector (4000 wide for CT-CLIP), Linear to dim, LayerNorm over dim.
// Child names "1", "2", "3" match the original nn.Sequential (index 0 is the Rearrange).

#include <torch/torch.h>

#include "ai/models/ctvit/ctvit_config.h"

namespace ctlite::ai {

class PatchEmbeddingImpl : public torch::nn::Module {
 public:
  explicit PatchEmbeddingImpl(const CtVitConfig& config);
  // (B, C, F, H, W) float -> (B, t, h, w, dim). Without autograd the patches are cut one slab at
  // a time, so the (tokens × patch_dim) matrix never exists as a whole.
  torch::Tensor forward(const torch::Tensor& video);

  torch::nn::LayerNorm patch_norm{nullptr};
  torch::nn::Linear projection{nullptr};
  torch::nn::LayerNorm token_norm{nullptr};

 private:
  torch::Tensor patches_of(const torch::Tensor& video_part) const;  // (..., C, pt·t, H, W) blocks
  CtVitConfig config_;
};
TORCH_MODULE(PatchEmbedding);

}  // namespace ctlite::ai
