#pragma once
// The two towers as the training stages see them. The CT-ViT (ai/models/ctvit) and the BERT text
// tower (ai/text) are reached through small adapters implementing these, so the stages hold no
// model-specific code and the machinery is testable with tiny encoders.

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "ai/io/state_dict.h"
#include "ai/losses/fast_loss.h"

namespace ctlite::ai {

class VolumeEncoder {
 public:
  virtual ~VolumeEncoder() = default;
  // video (B, 1, F, H, W) in [-1, 1] → trace.output = tokens (B, t, h, w, d). With `with_trace`
  // the trace also lists every spatial then temporal layer's attention probabilities and
  // outgoing hidden states (what FAST distils); without it the list stays empty.
  virtual FastEncoderTrace forward(const torch::Tensor& video, bool with_trace) = 0;
  // The module owning the parameters (train/eval, to(device), named_parameters).
  virtual torch::nn::Module& module() = 0;
  // Weights in the encoder's own checkpoint naming (CT-CLIP's for the CT-ViT).
  virtual StateDict state_dict() = 0;
  virtual void load_state_dict(const StateDict& weights) = 0;
  // Width of a pooled feature: h·w·d (294 912 for the real CT-ViT).
  virtual std::int64_t pooled_feature_size() const = 0;
  virtual std::int64_t token_width() const = 0;
  // Buffers a training-mode forward moves (the CT-ViT codebook's EMA); data-parallel ranks
  // average them after every update so that they stay identical.
  virtual std::vector<torch::Tensor> running_buffers() { return {}; }
};

class TextEncoder {
 public:
  virtual ~TextEncoder() = default;
  // One embedding per text (CT-CLIP: BERT's last hidden state at [CLS]), (B, text_width).
  virtual torch::Tensor encode(const std::vector<std::string>& texts) = 0;
  virtual torch::nn::Module& module() = 0;
  virtual StateDict state_dict() = 0;
  virtual void load_state_dict(const StateDict& weights) = 0;
  virtual std::int64_t width() const = 0;
};

// CT-CLIP's image feature (ctvit-architecture.md §3.7): the mean over the slice axis t of the
// tokens (B, t, h, w, d), flattened row-major to (B, h·w·d).
inline torch::Tensor pool_tokens_over_slices(const torch::Tensor& tokens) {
  return tokens.mean(1).flatten(1);
}

}  // namespace ctlite::ai
