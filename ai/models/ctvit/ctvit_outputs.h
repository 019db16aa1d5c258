#pragma once
// What a CT-ViT forward returns, and which optional intermediates it should keep. The optional
// ones (attention maps, hidden states) are what distillation losses such as FAST need; they are
// only materialised when asked for, so a plain forward copies nothing.

#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace ctlite::ai {

// The token grid of one forward: batch, t (slabs of 10 slices), h, w.
struct TokenGrid {
  std::int64_t batch = 0, frames = 0, height = 0, width = 0;
  std::int64_t tokens_per_frame() const { return height * width; }
  std::int64_t tokens() const { return batch * frames * height * width; }
};

// Wall time of each part of a forward (CUDA work is synchronised before each reading).
struct CtVitPhaseTimes {
  double patch_embedding = 0, position_bias = 0, spatial_stage = 0, temporal_stage = 0,
         quantizer = 0;
};

struct CtVitForwardOptions {
  // Per-layer softmax attention probabilities of both stages, and the spatial position bias.
  bool attention = false;
  // Patch embeddings, the residual stream entering each layer, the last layer's output before
  // norm_out, and each stage's output.
  bool hidden_states = false;
  // Per-layer outputs of the PEG, attention and feed-forward branches (before the residual
  // add). Forces the straightforward (slower) evaluation; meant for parity tests.
  bool branch_outputs = false;
  // When set, receives the wall time of each part (for `ctlite bench`).
  CtVitPhaseTimes* phase_times = nullptr;
};

// One transformer stage. Spatial tensors are (B·t, h·w, ·), temporal ones (B·h·w, t, ·), exactly
// as the original code lays them out.
struct StageTrace {
  std::vector<torch::Tensor> residuals;  // entering layer i, (N, L, dim)
  torch::Tensor final_residual;          // after the last layer, before norm_out
  torch::Tensor output;                  // after norm_out
  std::vector<torch::Tensor> attention;  // layer i, (N, heads, L, L)
  std::vector<torch::Tensor> peg_outputs, attention_outputs, feed_forward_outputs;
};

struct CtVitOutputs {
  torch::Tensor tokens;            // (B, t, h, w, dim): quantised encoder output (CT-CLIP's tokens)
                                   // (= encoded when the config has no quantiser)
  torch::Tensor pooled_flat;       // (B, h·w·dim): tokens averaged over t, flattened row-major
  torch::Tensor encoded;           // (B, t, h, w, dim): temporal stage output, before quantisation
  torch::Tensor codebook_indices;  // (B, t·h·w), int64; undefined without a quantiser
  // Filled on request (CtVitForwardOptions):
  torch::Tensor patch_embeddings;  // (B, t, h, w, dim)
  torch::Tensor spatial_bias;      // (heads, h·w, h·w)
  StageTrace spatial, temporal;
};

}  // namespace ctlite::ai
