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
  // index_select copies: the rows are the codes before this step's update, as in the original.
  const torch::Tensor rows = embed.index_select(0, indices).view(z.sizes());
  if (codebook_follows_tokens()) follow_tokens(z.reshape({-1, dim}), indices);
  std::vector<std::int64_t> index_shape(z.sizes().begin(), z.sizes().end() - 1);
  Result result{rows, indices.view(index_shape)};
  // Straight-through estimator: forward value E[index], gradient of the identity to z.
  if (is_training()) result.quantized = z + (rows - z).detach();
  return result;
}

void CosineCodebookQuantizerImpl::follow_tokens(const torch::Tensor& flat_tokens,
                                                const torch::Tensor& indices) {
  torch::NoGradGuard no_grad;
  torch::Tensor embed = codebook->embed[0];  // a view: updates land in the buffer
  // The original's l2norm: x / max(‖x‖, 1e-12).
  const auto unit = [](const torch::Tensor& x) {
    return torch::nn::functional::normalize(x, torch::nn::functional::NormalizeFuncOptions().dim(-1));
  };
  const torch::Tensor tokens = unit(flat_tokens.detach().to(embed.dtype()));
  const torch::Tensor counts = torch::zeros({embed.size(0)}, embed.options())
                                   .index_add_(0, indices, torch::ones_like(indices, embed.options()));
  const torch::Tensor sums = torch::zeros_like(embed).index_add_(0, indices, tokens);
  const torch::Tensor used = (counts > 0).unsqueeze(1);
  // Unused codes keep their row (the original's zero_mask).
  const torch::Tensor target = torch::where(used, unit(sums / counts.clamp_min(1).unsqueeze(1)), embed);
  embed.lerp_(target, 1.0 - kEmaDecay);
}

}  // namespace ctlite::ai
