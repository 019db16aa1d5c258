#include "ai/heads/btt_cpu_kernel.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <vector>

// The loops below are plain C++ that the compiler vectorises; target_clones adds an AVX2+FMA
// version chosen at load time, since the build itself targets baseline x86-64.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define CTLITE_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define CTLITE_VECTOR_CLONES
#endif

namespace ctlite::ai {
namespace {

struct KernelArguments {
  const float* x;
  const float* first;   // (m1, m0, r·n0)
  const float* second;  // (n0, r·m1, n1)
  int64_t rows;
  BttShape shape;
};

// Accumulates into y (rows × n0·n1) the contribution of input groups a1 ∈ [begin, end).
CTLITE_VECTOR_CLONES
void accumulate_groups(const KernelArguments& a, int64_t begin, int64_t end, float* y, float* z) {
  const BttShape& s = a.shape;
  const int64_t inner = s.rank * s.n0;
  const int64_t d_in = s.input_size();
  const int64_t d_out = s.output_size();
  const int64_t second_stride = s.rank * s.m1 * s.n1;  // one c0 slab of W2
  for (int64_t a1 = begin; a1 < end; ++a1) {
    const float* w1 = a.first + a1 * s.m0 * inner;
    for (int64_t row = 0; row < a.rows; ++row) {
      const float* xa = a.x + row * d_in + a1 * s.m0;
      std::fill(z, z + inner, 0.0f);
      for (int64_t a0 = 0; a0 < s.m0; ++a0) {
        const float xv = xa[a0];
        const float* w = w1 + a0 * inner;
        for (int64_t c = 0; c < inner; ++c) z[c] += xv * w[c];
      }
      float* yr = y + row * d_out;
      for (int64_t c0 = 0; c0 < s.n0; ++c0) {
        const float* w2 = a.second + c0 * second_stride + a1 * s.rank * s.n1;
        float* yc = yr + c0 * s.n1;
        for (int64_t k = 0; k < s.rank; ++k) {
          const float zv = z[c0 * s.rank + k];
          const float* w = w2 + k * s.n1;
          for (int64_t c1 = 0; c1 < s.n1; ++c1) yc[c1] += zv * w[c1];
        }
      }
    }
  }
}

}  // namespace

bool btt_cpu_kernel_applies(const torch::Tensor& x, const torch::Tensor& first_core,
                            const torch::Tensor& second_core) {
  const bool needs_grad = torch::GradMode::is_enabled() &&
                          (x.requires_grad() || first_core.requires_grad() ||
                           second_core.requires_grad());
  auto plain = [](const torch::Tensor& t) {
    return t.device().is_cpu() && t.scalar_type() == torch::kFloat32 && t.layout() == torch::kStrided;
  };
  return !needs_grad && plain(x) && plain(first_core) && plain(second_core);
}

torch::Tensor btt_matmul_cpu(const torch::Tensor& x, const torch::Tensor& first_core,
                             const torch::Tensor& second_core, const BttShape& shape) {
  auto input = x.contiguous();
  auto first = first_core.contiguous();
  auto second = second_core.contiguous();
  const KernelArguments arguments{input.data_ptr<float>(), first.data_ptr<float>(),
                                  second.data_ptr<float>(), input.size(0), shape};
  const int64_t parts = std::max<int64_t>(1, std::min<int64_t>(at::get_num_threads(), shape.m1));
  const int64_t out_numel = arguments.rows * shape.output_size();
  std::vector<float> partial(static_cast<size_t>(parts * out_numel), 0.0f);
  at::parallel_for(0, parts, 1, [&](int64_t begin, int64_t end) {
    std::vector<float> z(static_cast<size_t>(shape.rank * shape.n0));
    for (int64_t part = begin; part < end; ++part) {
      const int64_t a1_begin = shape.m1 * part / parts;
      const int64_t a1_end = shape.m1 * (part + 1) / parts;
      accumulate_groups(arguments, a1_begin, a1_end, partial.data() + part * out_numel, z.data());
    }
  });
  auto y = torch::zeros({arguments.rows, shape.output_size()}, x.options());
  float* out = y.data_ptr<float>();
  for (int64_t part = 0; part < parts; ++part) {
    const float* p = partial.data() + part * out_numel;
    for (int64_t i = 0; i < out_numel; ++i) out[i] += p[i];
  }
  return y;
}

}  // namespace ctlite::ai
