#include "ai/losses/clip_infonce_loss.h"

#include <torch/torch.h>

#include <stdexcept>

namespace ctlite::ai {
namespace {

torch::Tensor one_direction(const torch::Tensor& sim) {
  auto exp_sim = torch::exp(sim);
  auto positive = -torch::log(torch::diagonal(exp_sim) + 1e-20);
  auto all = torch::log(exp_sim.sum(1) + 1e-20);
  return (positive + all).mean();
}

}  // namespace

torch::Tensor clip_infonce_loss(const torch::Tensor& text_latents, const torch::Tensor& image_latents,
                                const torch::Tensor& temperature) {
  if (text_latents.dim() != 2 || !text_latents.sizes().equals(image_latents.sizes()) ||
      text_latents.size(0) == 0)
    throw std::invalid_argument("InfoNCE needs text and image latents of the same (B, D)");
  auto sim = torch::matmul(text_latents, image_latents.t()) * torch::exp(temperature);
  return (one_direction(sim) + one_direction(sim.t())) / 2;
}

}  // namespace ctlite::ai
