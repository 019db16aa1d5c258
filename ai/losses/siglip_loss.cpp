#include "ai/losses/siglip_loss.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

namespace ctlite::ai {

torch::Tensor siglip_normalize(const torch::Tensor& embeddings) {
  return embeddings / (torch::linalg_vector_norm(embeddings, 2, {-1}, /*keepdim=*/true) + 1e-8);
}

torch::Tensor siglip_logits(const torch::Tensor& image_latents, const torch::Tensor& text_latents,
                            const torch::Tensor& log_temperature, const torch::Tensor& bias) {
  return torch::matmul(image_latents, text_latents.t()) * torch::exp(log_temperature) + bias;
}

torch::Tensor siglip_loss_from_logits(const torch::Tensor& logits) {
  if (logits.dim() != 2 || logits.size(0) != logits.size(1) || logits.size(0) == 0)
    throw std::invalid_argument("SigLIP logits must be a non-empty square matrix");
  return siglip_loss_from_logits(logits, 2 * torch::eye(logits.size(0), logits.options()) - 1);
}

torch::Tensor siglip_loss_from_logits(const torch::Tensor& logits, const torch::Tensor& signs) {
  if (logits.dim() != 2 || logits.size(0) != logits.size(1) || logits.size(0) == 0)
    throw std::invalid_argument("SigLIP logits must be a non-empty square matrix");
  if (!signs.sizes().equals(logits.sizes()))
    throw std::invalid_argument("SigLIP target signs must have the logits' shape");
  const int64_t batch = logits.size(0);
  return -torch::log_sigmoid(signs.to(logits.options()) * logits).sum() / static_cast<double>(batch);
}

double siglip_prior_bias(std::int64_t batch) {
  if (batch < 2) throw std::invalid_argument("SigLIP needs a batch of at least 2 pairs");
  return -std::log(static_cast<double>(batch - 1));
}

SigLipLossImpl::SigLipLossImpl(SigLipLossOptions options) {
  log_temperature_ =
      register_parameter("log_temperature", torch::full({}, options.log_temperature_init));
  bias_ = register_parameter("bias", torch::full({}, options.bias_init));
}

torch::Tensor SigLipLossImpl::forward(const torch::Tensor& image_embeddings,
                                      const torch::Tensor& text_embeddings,
                                      const torch::Tensor& signs) {
  if (image_embeddings.dim() != 2 || !image_embeddings.sizes().equals(text_embeddings.sizes()))
    throw std::invalid_argument("SigLIP loss needs image and text embeddings of the same (B, D)");
  const torch::Tensor logits = siglip_logits(siglip_normalize(image_embeddings),
                                             siglip_normalize(text_embeddings), log_temperature_, bias_);
  return signs.defined() ? siglip_loss_from_logits(logits, signs) : siglip_loss_from_logits(logits);
}

}  // namespace ctlite::ai
