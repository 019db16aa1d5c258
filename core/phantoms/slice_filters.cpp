#include "core/phantoms/slice_filters.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/phantoms/phantom_noise.h"

namespace ctlite::core::phantom {

std::vector<float> gaussian_kernel(double sigma_px) {
  if (sigma_px < 0.05) return {1.0f};
  const int radius = static_cast<int>(std::ceil(3.0 * sigma_px));
  std::vector<float> kernel(static_cast<std::size_t>(2 * radius + 1));
  double sum = 0;
  for (int t = -radius; t <= radius; ++t) {
    const double w = std::exp(-0.5 * t * t / (sigma_px * sigma_px));
    kernel[static_cast<std::size_t>(t) + static_cast<std::size_t>(radius)] = static_cast<float>(w);
    sum += w;
  }
  for (float& w : kernel) w = static_cast<float>(w / sum);
  return kernel;
}

double noise_gain(const std::vector<float>& kernel) {
  double squares = 0;
  for (float w : kernel) squares += static_cast<double>(w) * w;
  return squares;  // sqrt(sum_i sum_j w_i^2 w_j^2) = sum_i w_i^2
}

void add_quantum_noise(float* slice, int nx, const std::vector<std::pair<int, int>>& row_spans,
                       double sigma, std::uint64_t seed, std::uint64_t voxel_base) {
  // One 64-bit hash feeds two voxels, each the sum of two 16-bit uniforms (a triangular
  // distribution, variance 2/12 of the range squared). The kernel blur that follows sums many
  // of them, which makes the final noise Gaussian for all practical purposes.
  constexpr double kRange = 65536.0;
  const auto scale = static_cast<float>(sigma * std::sqrt(6.0) / kRange);
  for (std::size_t j = 0; j < row_spans.size(); ++j) {
    float* row = slice + j * static_cast<std::size_t>(nx);
    const std::uint64_t row_base = voxel_base + j * static_cast<std::uint64_t>(nx);
    for (int i = row_spans[j].first; i < row_spans[j].second; i += 2) {
      const std::uint64_t h =
          mix64(seed + (row_base + static_cast<std::uint64_t>(i)) * 0x9E3779B97F4A7C15ULL);
      const auto a = static_cast<float>((h & 0xFFFF) + ((h >> 16) & 0xFFFF)) - 65535.0f;
      const auto b = static_cast<float>(((h >> 32) & 0xFFFF) + (h >> 48)) - 65535.0f;
      row[i] += scale * a;
      if (i + 1 < row_spans[j].second) row[i + 1] += scale * b;
    }
  }
}

void blur_slice(float* slice, int nx, int ny, const std::vector<float>& kernel,
                std::vector<float>& scratch) {
  const int radius = static_cast<int>(kernel.size() / 2);
  if (radius == 0) return;
  if (nx <= 2 * radius) {
    // Too narrow for the interior loop; clamp every tap (tests use tiny slices).
    scratch.assign(static_cast<std::size_t>(nx) * ny, 0.0f);
    for (int j = 0; j < ny; ++j)
      for (int i = 0; i < nx; ++i)
        for (int t = -radius; t <= radius; ++t)
          scratch[static_cast<std::size_t>(j) * nx + i] +=
              kernel[static_cast<std::size_t>(t) + static_cast<std::size_t>(radius)] *
              slice[static_cast<std::size_t>(j) * nx + std::clamp(i + t, 0, nx - 1)];
  } else {
    scratch.resize(static_cast<std::size_t>(nx) * ny);
    // Rows into scratch, one tap at a time over the whole row so the loop vectorises.
    for (int j = 0; j < ny; ++j) {
      const float* in = slice + static_cast<std::size_t>(j) * nx;
      float* out = scratch.data() + static_cast<std::size_t>(j) * nx;
      std::fill(out, out + nx, 0.0f);
      for (int t = -radius; t <= radius; ++t) {
        const float w = kernel[static_cast<std::size_t>(t) + static_cast<std::size_t>(radius)];
        const int first = std::max(0, -t), last = std::min(nx, nx - t);
        for (int i = first; i < last; ++i) out[i] += w * in[i + t];
        for (int i = 0; i < first; ++i) out[i] += w * in[0];
        for (int i = last; i < nx; ++i) out[i] += w * in[nx - 1];
      }
    }
  }
  // Columns back into the slice, a whole row at a time.
  for (int j = 0; j < ny; ++j) {
    float* out = slice + static_cast<std::size_t>(j) * nx;
    std::fill(out, out + nx, 0.0f);
    for (int t = -radius; t <= radius; ++t) {
      const float w = kernel[static_cast<std::size_t>(t) + static_cast<std::size_t>(radius)];
      const float* in =
          scratch.data() + static_cast<std::size_t>(std::clamp(j + t, 0, ny - 1)) * nx;
      for (int i = 0; i < nx; ++i) out[i] += w * in[i];
    }
  }
}

}  // namespace ctlite::core::phantom
