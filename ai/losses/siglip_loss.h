#pragma once
// SigLIP's pairwise sigmoid loss (Zhai et al. 2023; big_vision trainers/proj/image_text/siglip.py,
// ctvit-architecture.md §11), the CT-Lite training objective.

#include <torch/nn/module.h>
#include <torch/types.h>

#include <cmath>
#include <cstdint>

namespace ctlite::ai {

// big_vision normalises with z / (‖z‖ + 1e-8), not F.normalize's z / max(‖z‖, 1e-12).
torch::Tensor siglip_normalize(const torch::Tensor& embeddings);

// logits[i, j] = exp(t′)·⟨image_i, text_j⟩ + b, for already normalised (B, D) inputs.
torch::Tensor siglip_logits(const torch::Tensor& image_latents, const torch::Tensor& text_latents,
                            const torch::Tensor& log_temperature, const torch::Tensor& bias);

// −(1/B) Σ_i Σ_j log σ(z_ij · logits_ij) with z = +1 on the diagonal, −1 elsewhere: summed over
// texts and divided by the batch size, not B².
torch::Tensor siglip_loss_from_logits(const torch::Tensor& logits);
// The same with an explicit target sign matrix z (B, B) of ±1: several texts of a batch may
// truly match one image (the same zero-shot prompt holds for every volume with that label).
torch::Tensor siglip_loss_from_logits(const torch::Tensor& logits, const torch::Tensor& signs);

// The bias that makes the untrained model's sigmoid equal the share of positives in a batch of
// `batch` pairs (one of `batch` texts matches): b = −log(batch − 1). The paper's −10 is this
// prior for its 32k batches (−log 32767 ≈ −10.4); with a batch of 8 a bias of −10 that Adam
// moves by ~lr per step is still ≈ −10 after hundreds of steps, and the towers then "learn" the
// missing +8 by making every embedding alike (cos ≈ 0.95 between different volumes: the chance
// plateau) instead of telling the volumes apart.
double siglip_prior_bias(std::int64_t batch);

struct SigLipLossOptions {
  double log_temperature_init = std::log(10.0);  // the paper's recommended t′ = log 10
  double bias_init = -10.0;
};

// Holds the learnable t′ and b (0-d parameters `log_temperature`, `bias`).
class SigLipLossImpl : public torch::nn::Module {
 public:
  explicit SigLipLossImpl(SigLipLossOptions options = {});
  // Raw (un-normalised) image and text embeddings, (B, D) each, row i of both is a pair;
  // `signs` (B, B) of ±1 when more than the diagonal matches (undefined: the diagonal).
  torch::Tensor forward(const torch::Tensor& image_embeddings, const torch::Tensor& text_embeddings,
                        const torch::Tensor& signs = {});
  const torch::Tensor& log_temperature() const { return log_temperature_; }
  const torch::Tensor& bias() const { return bias_; }

 private:
  torch::Tensor log_temperature_;
  torch::Tensor bias_;
};
TORCH_MODULE(SigLipLoss);

}  // namespace ctlite::ai
