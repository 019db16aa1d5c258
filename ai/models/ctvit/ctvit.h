#pragma once
// CT-CLIP's visual encoder CT-ViT (ctvit-architecture.md §3): patch embedding, spatial
// transformer with a continuous position bias, temporal transformer, cosine-codebook VQ, and the
// CT-CLIP image feature (tokens averaged over the slice axis, flattened). Module and parameter
// names equal the original state-dict keys, so weights load by name (ctvit_weights.h).
//
// Usage:
//   CtVit model(CtVitConfig::from_file("config.json"));
//   load_ctvit_weights(*model, "CT_CLIP_zeroshot.pt");
//   model->eval();
//   torch::InferenceMode inference;
//   CtVitOutputs out = model->forward(video);  // video (B, 1, F, 480, 480), F % 10 == 0
// Works in training mode with autograd, and on any device after model->to(device).

#include <torch/torch.h>

#include "ai/models/ctvit/continuous_position_bias.h"
#include "ai/models/ctvit/cosine_codebook_quantizer.h"
#include "ai/models/ctvit/ctvit_config.h"
#include "ai/models/ctvit/ctvit_outputs.h"
#include "ai/models/ctvit/patch_embedding.h"
#include "ai/models/ctvit/transformer_stage.h"

namespace ctlite::ai {

class CtVitImpl : public torch::nn::Module {
 public:
  explicit CtVitImpl(const CtVitConfig& config);

  // video: (B, channels, F, image_size, image_size), F a multiple of temporal_patch_size.
  // Throws std::invalid_argument describing a wrong shape.
  CtVitOutputs forward(const torch::Tensor& video, const CtVitForwardOptions& options = {});

  // The token grid a video of this shape produces (after checking the shape).
  TokenGrid token_grid(torch::IntArrayRef video_shape) const;
  const CtVitConfig& config() const { return config_; }

  ContinuousPositionBias spatial_rel_pos_bias{nullptr};
  PatchEmbedding to_patch_emb{nullptr};
  TransformerStage enc_spatial_transformer{nullptr}, enc_temporal_transformer{nullptr};
  CosineCodebookQuantizer vq{nullptr};  // null when the config has no quantiser

 private:
  CtVitConfig config_;
};
TORCH_MODULE(CtVit);

}  // namespace ctlite::ai
