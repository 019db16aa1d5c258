#pragma once
// Zero-shot scoring of findings from CLIP latents (ctvit-architecture.md §3.7, §8). The image
// and prompt projections themselves belong to ai/heads (dense, BTT or SFP); scoring only needs
// their outputs, so the same code serves CT-CLIP and the CT-Lite student.

#include <torch/types.h>

namespace ctlite::ai {

// l2n(x) = x / max(‖x‖₂, 1e-12) over the last dimension: torch.nn.functional.normalize, which
// CT-CLIP applies to both projections. The 1e-12 floor keeps an all-zero row at zero, not NaN.
torch::Tensor l2_normalize_latent(const torch::Tensor& projection);

struct ZeroShotScores {
  torch::Tensor logits;                 // (B, F, 2): exp(T)·⟨prompt latent, image latent⟩, [present, absent]
  torch::Tensor probabilities;          // (B, F, 2): softmax over the pair
  torch::Tensor present_probability;    // (B, F): probabilities[..., 0], CT-CLIP's score
  torch::Tensor similarity_difference;  // (B, F): ⟨img, t_present⟩ − ⟨img, t_absent⟩ (no temperature)
};

// prompt_latents: (2F, D) unit rows, laid out as zero_shot_prompts() (present, absent per
// finding); image_latents: (B, D) unit rows; temperature: CT-CLIP's learned log-scale T (the
// logits use exp(T)). Both latents must share dtype and device. Throws std::invalid_argument
// naming the wrong shape.
//
// The similarity difference is the paper's alternative score. It ranks cases exactly like
// present_probability (which equals sigmoid(exp(T)·difference)) but does not saturate, so its
// Youden thresholds are better conditioned; the two need separate thresholds.
ZeroShotScores score_zero_shot(const torch::Tensor& prompt_latents, const torch::Tensor& image_latents,
                               double temperature);

}  // namespace ctlite::ai
