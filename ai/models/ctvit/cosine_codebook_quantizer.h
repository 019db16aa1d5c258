#pragma once
// CT-ViT's `vq` (vector-quantize-pytorch 1.1.2, cosine-similarity codebook; ctvit-architecture.md
// §3.6): each token is replaced by the RAW (un-normalised) codebook row with the highest cosine
// similarity. The codebook is a buffer (`vq._codebook.embed`, (1, K, dim)). In training mode
// the codebook follows the tokens as in the original (its CosineSimCodebook with ema_update on,
// decay 0.8): every used code is lerped towards the unit mean of the unit tokens it was chosen
// for. Without that update a code never moves, the forward value only changes when a token
// crosses to another random code, and a tower trained through the straight-through estimator
// learns nothing (the teacher's image latents stayed identical for every volume).

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
  // In training mode this also moves the codebook (no gradient; see above) unless frozen.
  Result forward(const torch::Tensor& z);

  // A FAST student snaps onto the TEACHER's codes at inference (ctvit_tower.h): its codebook
  // must not drift with its own tokens while it trains.
  void freeze_codebook(bool frozen) { codebook_frozen_ = frozen; }
  bool codebook_follows_tokens() const { return is_training() && !codebook_frozen_; }

  Codebook codebook{nullptr};

 private:
  void follow_tokens(const torch::Tensor& flat_tokens, const torch::Tensor& indices);
  bool codebook_frozen_ = false;
};
TORCH_MODULE(CosineCodebookQuantizer);

}  // namespace ctlite::ai
