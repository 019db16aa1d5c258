#include "ai/heads/btt_matmul.h"

#include <torch/torch.h>

#include "ai/heads/btt_cpu_kernel.h"

#include <cmath>
#include <stdexcept>

namespace ctlite::ai {

BttShape btt_shape_of(const torch::Tensor& first_core, const torch::Tensor& second_core,
                      int64_t rank) {
  if (first_core.dim() != 3 || second_core.dim() != 3)
    throw std::invalid_argument("BTT cores must be 3-D, got " +
                                std::to_string(first_core.dim()) + "-D and " +
                                std::to_string(second_core.dim()) + "-D");
  if (rank < 1 || first_core.size(2) % rank != 0 || second_core.size(1) % rank != 0)
    throw std::invalid_argument("BTT rank " + std::to_string(rank) +
                                " does not divide the core sizes");
  BttShape shape{first_core.size(1), first_core.size(0), first_core.size(2) / rank,
                 second_core.size(2), rank};
  if (second_core.size(0) != shape.n0 || second_core.size(1) != rank * shape.m1)
    throw std::invalid_argument("BTT cores disagree: first " + std::to_string(first_core.size(0)) +
                                "x" + std::to_string(first_core.size(1)) + "x" +
                                std::to_string(first_core.size(2)) + ", second " +
                                std::to_string(second_core.size(0)) + "x" +
                                std::to_string(second_core.size(1)) + "x" +
                                std::to_string(second_core.size(2)));
  return shape;
}

torch::Tensor btt_matmul(const torch::Tensor& x, const torch::Tensor& first_core,
                         const torch::Tensor& second_core, int64_t rank) {
  const BttShape s = btt_shape_of(first_core, second_core, rank);
  if (x.dim() < 1 || x.size(-1) != s.input_size())
    throw std::invalid_argument("BTT input has " + std::to_string(x.dim() ? x.size(-1) : 0) +
                                " features, the layer expects " + std::to_string(s.input_size()));
  auto out_shape = x.sizes().vec();
  out_shape.back() = s.output_size();
  const int64_t rows = x.numel() / s.input_size();
  if (btt_cpu_kernel_applies(x, first_core, second_core))
    return btt_matmul_cpu(x.reshape({rows, s.input_size()}), first_core, second_core, s)
        .reshape(out_shape);

  // Step 1: for each a1, Z[a1] = X[:, a1, :] · W1[a1]  → (m1, B, r·n0).
  auto z = torch::bmm(x.reshape({rows, s.m1, s.m0}).transpose(0, 1), first_core);
  // Step 2: regroup so the contraction index a1·r + k of W2's middle axis is innermost.
  z = z.view({s.m1, rows, s.n0, s.rank}).permute({2, 1, 0, 3}).reshape({s.n0, rows, s.m1 * s.rank});
  // Step 3: for each c0, Y[c0] = Z'[c0] · W2[c0]  → (n0, B, n1); output index c0·n1 + c1.
  auto y = torch::bmm(z, second_core);
  return y.transpose(0, 1).reshape(out_shape);
}

torch::Tensor btt_dense_matrix(const torch::Tensor& first_core, const torch::Tensor& second_core,
                               int64_t rank) {
  const BttShape s = btt_shape_of(first_core, second_core, rank);
  auto w1 = first_core.reshape({s.m1, s.m0, s.n0, s.rank});
  auto w2 = second_core.reshape({s.n0, s.m1, s.rank, s.n1});
  return torch::einsum("abck,cakd->abcd", {w1, w2}).reshape({s.input_size(), s.output_size()});
}

torch::Tensor btt_norm_divisor(const torch::Tensor& core, int64_t fan_in, int64_t fan_out) {
  const double a = static_cast<double>(fan_in);
  const double b = static_cast<double>(fan_out);
  const double max_rms = std::sqrt(std::min(a, b) * b / (b * a * a));
  auto rms = torch::sqrt(core.square().mean() + 1e-8);
  return torch::clamp_min(rms / max_rms, 1.0);
}

torch::Tensor btt_normalized_core(const torch::Tensor& core, int64_t fan_in, int64_t fan_out) {
  return core / btt_norm_divisor(core, fan_in, fan_out);
}

}  // namespace ctlite::ai
