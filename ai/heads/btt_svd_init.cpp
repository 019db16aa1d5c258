#include "ai/heads/btt_svd_init.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace ctlite::ai {
namespace {

// (m1, m0, n0, n1) view of A without copying it; A is often an nn.Linear weight transposed
// (604 MB for the CT-CLIP head), so both memory orders are taken as they come.
torch::Tensor as_sub_blocks(const torch::Tensor& dense, const BttShape& shape) {
  if (dense.is_contiguous()) return dense.view({shape.m1, shape.m0, shape.n0, shape.n1});
  const auto transposed = dense.t();
  if (transposed.is_contiguous())
    return transposed.view({shape.n0, shape.n1, shape.m1, shape.m0}).permute({2, 3, 0, 1});
  return dense.contiguous().view({shape.m1, shape.m0, shape.n0, shape.n1});
}

}  // namespace

BttCores btt_cores_from_dense(const torch::Tensor& dense, const BttShape& shape) {
  shape.validate();
  if (dense.dim() != 2 || dense.size(0) != shape.input_size() ||
      dense.size(1) != shape.output_size())
    throw std::invalid_argument("BTT SVD init: dense matrix must be " +
                                std::to_string(shape.input_size()) + "x" +
                                std::to_string(shape.output_size()));
  const int64_t kept = std::min(shape.rank, shape.full_rank());
  torch::NoGradGuard no_grad;
  auto first = torch::zeros({shape.m1, shape.m0, shape.n0, shape.rank}, dense.options());
  auto second = torch::zeros({shape.n0, shape.m1, shape.rank, shape.n1}, dense.options());
  double squared_error = 0.0;

  // About 4 M elements of A per slice keeps the float64 copies and SVD outputs small.
  const int64_t rows_per_a1 = shape.m0 * shape.output_size();
  const int64_t slice = std::max<int64_t>(1, (int64_t{1} << 22) / rows_per_a1);
  auto blocks_all = as_sub_blocks(dense, shape);
  for (int64_t start = 0; start < shape.m1; start += slice) {
    const int64_t count = std::min(slice, shape.m1 - start);
    // (count, n0, m0, n1): one m0 × n1 sub-block per (a1, c0).
    auto blocks = blocks_all.narrow(0, start, count).permute({0, 2, 1, 3}).to(torch::kFloat64);
    auto [u, sigma, vh] = torch::linalg_svd(blocks, /*full_matrices=*/false);
    const int64_t q = sigma.size(-1);
    if (kept < q) squared_error += sigma.narrow(-1, kept, q - kept).square().sum().item<double>();
    auto root = sigma.narrow(-1, 0, kept).sqrt();
    // U·√σ → W1[a1, a0, c0, k]; √σ·Vh → W2[c0, a1, k, c1].
    auto left = (u.narrow(-1, 0, kept) * root.unsqueeze(-2)).permute({0, 2, 1, 3});
    auto right = (vh.narrow(-2, 0, kept) * root.unsqueeze(-1)).permute({1, 0, 2, 3});
    first.narrow(0, start, count).narrow(3, 0, kept).copy_(left);
    second.narrow(1, start, count).narrow(2, 0, kept).copy_(right);
  }
  return {first.view({shape.m1, shape.m0, shape.n0 * shape.rank}),
          second.view({shape.n0, shape.m1 * shape.rank, shape.n1}), squared_error};
}

}  // namespace ctlite::ai
