#pragma once
// CT-ViT's `vq` (vector-quantize-pytorch 1.1.2, cosine-similarity codebook; ctvit-architecture.md
// §3.6): each token is replaced by the RAW (un-normalised) codebook row with the highest cosine
// similarity. The codebook is a buffer (`vq._codebook.embed`, (1, K, dim)). It stays as loaded
// (or as initialised) unless follow_tokens_in_training(true): then, in training mode, it
// follows the tokens as in the original (its CosineSimCodebook with ema_update on, decay 0.8):
// every used code is lerped towards the unit mean of the unit tokens it was chosen for. That is
// opt-in (`ctlite train --codebook-ema`) because on our small synthetic runs it did not help and
// made the tiny smoke-test teacher's loss noisy (docs/TRAINING.md). The original starts from unit
// rows; our fresh codebook (randn rows, kept for the default frozen case, which the training
// recipes were tuned with) has rows of norm ≈ √dim that the EMA shrinks towards 1 over the
// first steps.

#include <torch/torch.h>

namespace ctlite::ai {

class CodebookImpl : public torch::nn::Module {
 public:
  CodebookImpl(std::int64_t codebook_size, std::int64_t dim);
  torch::Tensor embed;  // (1, K, dim)
};
TORCH_MODULE(Codebook);

class CosineCodebookQuantizerImpl : public torch::nn::Module {
 public:
  CosineCodebookQuantizerImpl(std::int64_t codebook_size, std::int64_t dim);

  // vector-quantize-pytorch's default `decay`.
  static constexpr double kEmaDecay = 0.8;

  struct Result {
    torch::Tensor quantized;  // like z: E[index]; in training mode z + (E[index] − z).detach()
    torch::Tensor indices;    // z's shape without the last dim, int64
  };
  // z: (..., dim). argmax_c cos(z, E_c) = argmax_c <z, E_c>/‖E_c‖ because ‖z‖ is the same for
  // every c, so z is never normalised and the (tokens × K) similarity matrix is built only for
  // `rows_per_chunk` tokens at a time (the full one is 453 MB at CT-CLIP size).
  // In training mode with follow_tokens_in_training, this also moves the codebook (no gradient).
  Result forward(const torch::Tensor& z);

  void follow_tokens_in_training(bool follow) { follow_tokens_ = follow; }
  bool codebook_follows_tokens() const { return is_training() && follow_tokens_; }

  Codebook codebook{nullptr};

 private:
  void follow_tokens(const torch::Tensor& flat_tokens, const torch::Tensor& indices);
  bool follow_tokens_ = false;
};
TORCH_MODULE(CosineCodebookQuantizer);

}  // namespace ctlite::ai
