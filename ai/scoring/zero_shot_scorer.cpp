#include "ai/scoring/zero_shot_scorer.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace ctlite::ai {

namespace {

std::string shape_text(const torch::Tensor& t) {
  std::string text = "[";
  for (int64_t i = 0; i < t.dim(); ++i) text += (i ? "," : "") + std::to_string(t.size(i));
  return text + "]";
}

}  // namespace

torch::Tensor l2_normalize_latent(const torch::Tensor& projection) {
  return projection / projection.norm(2, -1, /*keepdim=*/true).clamp_min(1e-12);
}

ZeroShotScores score_zero_shot(const torch::Tensor& prompt_latents, const torch::Tensor& image_latents,
                               double temperature) {
  if (prompt_latents.dim() != 2 || prompt_latents.size(0) == 0 || prompt_latents.size(0) % 2 != 0) {
    throw std::invalid_argument("score_zero_shot: prompt latents must be (2·findings, D), got " +
                                shape_text(prompt_latents));
  }
  if (image_latents.dim() != 2 || image_latents.size(1) != prompt_latents.size(1)) {
    throw std::invalid_argument("score_zero_shot: image latents must be (B, " +
                                std::to_string(prompt_latents.size(1)) + "), got " + shape_text(image_latents));
  }
  if (!std::isfinite(temperature)) throw std::invalid_argument("score_zero_shot: temperature is not finite");
  const int64_t findings = prompt_latents.size(0) / 2;
  const torch::Tensor similarity =
      image_latents.matmul(prompt_latents.t()).view({image_latents.size(0), findings, 2});
  ZeroShotScores scores;
  // CT-CLIP multiplies by exp(T) before the softmax; the scale matters (it sharpens the pair).
  scores.logits = similarity * std::exp(temperature);
  scores.probabilities = scores.logits.softmax(-1);
  scores.present_probability = scores.probabilities.select(-1, 0).contiguous();
  scores.similarity_difference = (similarity.select(-1, 0) - similarity.select(-1, 1)).contiguous();
  return scores;
}

}  // namespace ctlite::ai
