#include "ai/models/ctvit/ctvit.h"

#include <chrono>
#include <sstream>
#include <stdexcept>

namespace ctlite::ai {
namespace {

// Measures consecutive phases of a forward when the caller asked for timings.
class PhaseClock {
 public:
  PhaseClock(CtVitPhaseTimes* times, const torch::Device& device)
      : times_(times), device_(device), last_(now()) {}
  void record(double CtVitPhaseTimes::*phase) {
    if (!times_) return;
    const auto time = now();
    times_->*phase = std::chrono::duration<double>(time - last_).count();
    last_ = time;
  }

 private:
  std::chrono::steady_clock::time_point now() const {
    if (times_ && device_.is_cuda()) torch::cuda::synchronize(device_.index());
    return std::chrono::steady_clock::now();
  }
  CtVitPhaseTimes* times_;
  torch::Device device_;
  std::chrono::steady_clock::time_point last_;
};

std::string shape_text(torch::IntArrayRef shape) {
  std::ostringstream text;
  text << shape;
  return text.str();
}

}  // namespace

CtVitImpl::CtVitImpl(const CtVitConfig& config) : config_(config) {
  config_.validate();
  spatial_rel_pos_bias = register_module(
      "spatial_rel_pos_bias",
      ContinuousPositionBias(config.dim, config.heads, config.position_bias_layers));
  to_patch_emb = register_module("to_patch_emb", PatchEmbedding(config));
  enc_spatial_transformer =
      register_module("enc_spatial_transformer", TransformerStage(config, config.spatial_depth));
  enc_temporal_transformer =
      register_module("enc_temporal_transformer", TransformerStage(config, config.temporal_depth));
  if (config.quantises())
    vq = register_module("vq", CosineCodebookQuantizer(config.codebook_size, config.dim));
}

TokenGrid CtVitImpl::token_grid(torch::IntArrayRef shape) const {
  const auto problem = [&](const std::string& what) {
    return std::invalid_argument("CT-ViT input " + shape_text(shape) + ": " + what);
  };
  if (shape.size() != 5) throw problem("expected 5 dims (batch, channels, slices, height, width)");
  if (shape[0] < 1) throw problem("empty batch");
  if (shape[1] != config_.channels)
    throw problem("expected " + std::to_string(config_.channels) + " channel(s)");
  if (shape[3] != config_.image_size || shape[4] != config_.image_size)
    throw problem("height and width must be " + std::to_string(config_.image_size));
  if (shape[2] < 1 || shape[2] % config_.temporal_patch_size != 0)
    throw problem("slice count must be a positive multiple of " +
                  std::to_string(config_.temporal_patch_size));
  return {shape[0], shape[2] / config_.temporal_patch_size, config_.grid_size(),
          config_.grid_size()};
}

CtVitOutputs CtVitImpl::forward(const torch::Tensor& video, const CtVitForwardOptions& options) {
  const TokenGrid grid = token_grid(video.sizes());
  const std::int64_t dim = config_.dim, frame_tokens = grid.tokens_per_frame();
  CtVitOutputs out;
  PhaseClock phase_clock(options.phase_times, video.device());

  const torch::Tensor patches = to_patch_emb(video.to(torch::kFloat32));  // (B, t, h, w, dim)
  if (options.hidden_states) out.patch_embeddings = patches;
  phase_clock.record(&CtVitPhaseTimes::patch_embedding);
  const torch::Tensor bias = spatial_rel_pos_bias(grid.height, grid.width, video.device());
  if (options.attention) out.spatial_bias = bias;
  phase_clock.record(&CtVitPhaseTimes::position_bias);

  // Spatial stage: (B·t, h·w, dim), attention within each slab of slices.
  torch::Tensor x = enc_spatial_transformer(
      patches.reshape({grid.batch * grid.frames, frame_tokens, dim}), grid, bias, options,
      &out.spatial);
  phase_clock.record(&CtVitPhaseTimes::spatial_stage);

  // Temporal stage: (B·h·w, t, dim), attention along the slice axis of each in-plane position.
  x = x.view({grid.batch, grid.frames, grid.height, grid.width, dim})
          .permute({0, 2, 3, 1, 4})
          .reshape({grid.batch * frame_tokens, grid.frames, dim});
  x = enc_temporal_transformer(x, grid, torch::Tensor(), options, &out.temporal);
  phase_clock.record(&CtVitPhaseTimes::temporal_stage);
  out.encoded = x.view({grid.batch, grid.height, grid.width, grid.frames, dim})
                    .permute({0, 3, 1, 2, 4})
                    .contiguous();

  if (vq) {
    auto quantized = vq(out.encoded.view({grid.batch, grid.frames * frame_tokens, dim}));
    out.codebook_indices = quantized.indices;
    out.tokens = quantized.quantized.view(out.encoded.sizes());
  } else {
    out.tokens = out.encoded;
  }
  // CT-CLIP's image feature: mean over the slice axis t only, flattened as (i·w + j)·dim + c.
  out.pooled_flat = out.tokens.mean(1).reshape({grid.batch, -1});
  phase_clock.record(&CtVitPhaseTimes::quantizer);
  return out;
}

}  // namespace ctlite::ai
