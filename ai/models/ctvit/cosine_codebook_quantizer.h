#pragma once
// CT-ViT's `vq` (vector-quantize-pytorch 1.1.2, cosine-similarity codebook; ctvit-architecture.md
// §3.6): each token is replaced by the RAW (un-normalised) codebook row with the highest cosine
// similarity. The codebook is a buffer (`vq._codebook.embed`, (1, K, dim)); the original's EMA
// k-means updates in training mode are not reproduced (the codebook stays as loaded).

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

  struct Result {
    torch::Tensor quantized;  // like z: E[index]; in training mode z + (E[index] − z).detach()
    torch::Tensor indices;    // z's shape without the last dim, int64
  };
  // z: (..., dim). argmax_c cos(z, E_c) = argmax_c <z, E_c>/‖E_c‖ because ‖z‖ is the same for
  // every c, so z is never normalised and the (tokens × K) similarity matrix is built only for
  // `rows_per_chunk` tokens at a time (the full one is 453 MB at CT-CLIP size).
  Result forward(const torch::Tensor& z);

  Codebook codebook{nullptr};
};
TORCH_MODULE(CosineCodebookQuantizer);

}  // namespace ctlite::ai
