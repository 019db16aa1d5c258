#include "ai/models/ctvit/causal_depthwise_conv3d_cpu.h"

#include <ATen/Parallel.h>

#include <stdexcept>

namespace ctlite::ai {
namespace {

struct ConvGeometry {
  std::int64_t frames, height, width, channels;
};

// One output row (all W positions of one (b, t, h)). Compiled for AVX2+FMA and for baseline
// x86-64; the loader picks the clone that fits the CPU.
__attribute__((target_clones("arch=haswell", "default"))) void convolve_row(
    const float* __restrict input_batch, const float* __restrict taps, const float* __restrict bias,
    float* __restrict output_row, std::int64_t t, std::int64_t h, const ConvGeometry& g) {
  const std::int64_t c_count = g.channels;
  const float* input_row = input_batch + (t * g.height + h) * g.width * c_count;
  for (std::int64_t w = 0; w < g.width; ++w) {
    float* __restrict out = output_row + w * c_count;
    const float* __restrict self = input_row + w * c_count;
    for (std::int64_t c = 0; c < c_count; ++c) out[c] = self[c] + bias[c];
    for (std::int64_t kt = 0; kt < 3; ++kt) {
      const std::int64_t ti = t + kt - 2;  // causal: frames t-2, t-1, t
      if (ti < 0) continue;
      for (std::int64_t kh = 0; kh < 3; ++kh) {
        const std::int64_t hi = h + kh - 1;
        if (hi < 0 || hi >= g.height) continue;
        for (std::int64_t kw = 0; kw < 3; ++kw) {
          const std::int64_t wi = w + kw - 1;
          if (wi < 0 || wi >= g.width) continue;
          const float* __restrict in =
              input_batch + ((ti * g.height + hi) * g.width + wi) * c_count;
          const float* __restrict tap = taps + ((kt * 3 + kh) * 3 + kw) * c_count;
          for (std::int64_t c = 0; c < c_count; ++c) out[c] += tap[c] * in[c];
        }
      }
    }
  }
}

}  // namespace

torch::Tensor add_causal_depthwise_conv3d_cpu(const torch::Tensor& x, const torch::Tensor& weight,
                                              const torch::Tensor& bias, const TokenGrid& grid) {
  const std::int64_t channels = weight.size(0);
  if (!x.is_cpu() || x.scalar_type() != torch::kFloat32 || !x.is_contiguous() ||
      x.numel() != grid.tokens() * channels || weight.numel() != channels * 27 ||
      bias.numel() != channels)
    throw std::invalid_argument("add_causal_depthwise_conv3d_cpu: unexpected tensor layout");
  // (C, 1, kt, kh, kw) -> (27 taps, C) so each tap is a contiguous channel vector.
  const torch::Tensor taps = weight.reshape({channels, 27}).t().contiguous().to(torch::kFloat32);
  const torch::Tensor bias_f = bias.contiguous().to(torch::kFloat32);
  torch::Tensor output = torch::empty_like(x);
  const ConvGeometry geometry{grid.frames, grid.height, grid.width, channels};
  const std::int64_t batch_stride = grid.frames * grid.height * grid.width * channels;
  const float* input = x.data_ptr<float>();
  const float* tap_data = taps.data_ptr<float>();
  const float* bias_data = bias_f.data_ptr<float>();
  float* output_data = output.data_ptr<float>();
  at::parallel_for(0, grid.batch * grid.frames * grid.height, 1,
                   [&](std::int64_t begin, std::int64_t end) {
                     for (std::int64_t row = begin; row < end; ++row) {
                       const std::int64_t h = row % grid.height;
                       const std::int64_t t = (row / grid.height) % grid.frames;
                       const std::int64_t b = row / (grid.height * grid.frames);
                       convolve_row(input + b * batch_stride, tap_data, bias_data,
                                    output_data + row * grid.width * channels, t, h, geometry);
                     }
                   });
  return output;
}

}  // namespace ctlite::ai
