#include "ai/models/ctvit/cosine_codebook_quantizer.h"

#include <algorithm>

namespace ctlite::ai {
namespace {

constexpr std::int64_t kRowsPerChunk = 1024;

}  // namespace

CodebookImpl::CodebookImpl(std::int64_t codebook_size, std::int64_t dim)
    : embed(register_buffer("embed", torch::randn({1, codebook_size, dim}))) {}

CosineCodebookQuantizerImpl::CosineCodebookQuantizerImpl(std::int64_t codebook_size,
                                                         std::int64_t dim) {
  codebook = register_module("_codebook", Codebook(codebook_size, dim));
}

CosineCodebookQuantizerImpl::Result CosineCodebookQuantizerImpl::forward(const torch::Tensor& z) {
  const torch::Tensor embed = codebook->embed[0];  // (K, dim)
  const std::int64_t dim = embed.size(1);
  // The index search is not differentiable; no graph is needed for it.
  torch::Tensor indices;
  {
    torch::NoGradGuard no_grad;
    const torch::Tensor unit_rows_t = (embed / embed.norm(2, -1, true).clamp_min(1e-12)).t();
    const torch::Tensor flat = z.reshape({-1, dim});
    indices = torch::empty({flat.size(0)}, z.options().dtype(torch::kInt64));
    for (std::int64_t first = 0; first < flat.size(0); first += kRowsPerChunk) {
      const std::int64_t count = std::min(kRowsPerChunk, flat.size(0) - first);
      indices.narrow(0, first, count)
          .copy_(torch::mm(flat.narrow(0, first, count), unit_rows_t).argmax(1));
    }
  }
  const torch::Tensor rows = embed.index_select(0, indices).view(z.sizes());
  std::vector<std::int64_t> index_shape(z.sizes().begin(), z.sizes().end() - 1);
  Result result{rows, indices.view(index_shape)};
  // Straight-through estimator: forward value E[index], gradient of the identity to z.
  if (is_training()) result.quantized = z + (rows - z).detach();
  return result;
}

}  // namespace ctlite::ai
