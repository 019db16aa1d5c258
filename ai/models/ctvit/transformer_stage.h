#pragma once
// One CT-ViT transformer (`enc_spatial_transformer` / `enc_temporal_transformer`): layers of
// PEG, self-attention and GEGLU feed-forward, each added to the residual stream, then norm_out
// (ctvit-architecture.md §3.3-3.5). Keys: layers.<i>.0 (PEG), .1 (attention), .3 (feed-forward;
// .2 would be cross-attention, which CT-ViT does not build), norm_out.{gamma,beta}.

#include <torch/torch.h>

#include "ai/models/ctvit/attention.h"
#include "ai/models/ctvit/ctvit_config.h"
#include "ai/models/ctvit/ctvit_outputs.h"
#include "ai/models/ctvit/gamma_beta_layer_norm.h"
#include "ai/models/ctvit/geglu_feed_forward.h"
#include "ai/models/ctvit/position_generator.h"

namespace ctlite::ai {

class TransformerLayerImpl : public torch::nn::Module {
 public:
  explicit TransformerLayerImpl(const CtVitConfig& config);
  PositionGenerator peg{nullptr};
  Attention attention{nullptr};
  GegluFeedForward feed_forward{nullptr};
};
TORCH_MODULE(TransformerLayer);

class TransformerStageImpl : public torch::nn::Module {
 public:
  TransformerStageImpl(const CtVitConfig& config, std::int64_t depth);

  // x: (N, L, dim) sequences; `grid` is the video's token grid, which the PEG reshapes x to
  // (whatever x's real layout is, as the original does). `bias`: (heads, L, L) or undefined.
  // `trace` (may be null) receives what `options` asks for. Without autograd and without
  // branch outputs, the residual stream is updated in place.
  torch::Tensor forward(torch::Tensor x, const TokenGrid& grid, const torch::Tensor& bias,
                        const CtVitForwardOptions& options, StageTrace* trace);

  std::vector<TransformerLayer> layers;
  GammaBetaLayerNorm norm_out{nullptr};
};
TORCH_MODULE(TransformerStage);

}  // namespace ctlite::ai
