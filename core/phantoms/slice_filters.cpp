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
    kernel[static_cast<std::size_t>(t + radius)] = static_cast<float>(w);
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
  const auto s = static_cast<float>(sigma);
  for (std::size_t j = 0; j < row_spans.size(); ++j) {
    float* row = slice + j * static_cast<std::size_t>(nx);
    const std::uint64_t row_base = voxel_base + j * static_cast<std::uint64_t>(nx);
    for (int i = row_spans[j].first; i < row_spans[j].second; ++i)
      row[i] += s * gaussian_noise(seed, row_base + static_cast<std::uint64_t>(i));
  }
}

void blur_slice(float* slice, int nx, int ny, const std::vector<float>& kernel, std::vector<float>& scratch) {
  const int radius = static_cast<int>(kernel.size() / 2);
  if (radius == 0) return;
  scratch.resize(static_cast<std::size_t>(nx) * ny);
  // Rows into scratch; the interior loop has no bounds checks so it vectorises.
  for (int j = 0; j < ny; ++j) {
    const float* in = slice + static_cast<std::size_t>(j) * nx;
    float* out = scratch.data() + static_cast<std::size_t>(j) * nx;
    for (int i = 0; i < nx; ++i) {
      if (i >= radius && i < nx - radius) {
        float acc = 0;
        for (int t = -radius; t <= radius; ++t) acc += kernel[t + radius] * in[i + t];
        out[i] = acc;
      } else {
        float acc = 0;
        for (int t = -radius; t <= radius; ++t) acc += kernel[t + radius] * in[std::clamp(i + t, 0, nx - 1)];
        out[i] = acc;
      }
    }
  }
  // Columns back into the slice, a whole row at a time.
  for (int j = 0; j < ny; ++j) {
    float* out = slice + static_cast<std::size_t>(j) * nx;
    std::fill(out, out + nx, 0.0f);
    for (int t = -radius; t <= radius; ++t) {
      const float w = kernel[t + radius];
      const float* in = scratch.data() + static_cast<std::size_t>(std::clamp(j + t, 0, ny - 1)) * nx;
      for (int i = 0; i < nx; ++i) out[i] += w * in[i];
    }
  }
}

}  // namespace ctlite::core::phantom
