#pragma once
// Cheap hash-based smooth value noise for tissue texture and lesion borders. Stateless hashes
// of (seed, position) make every voxel independent of thread scheduling, which is what keeps
// multi-threaded generation byte-identical.

#include <cmath>
#include <cstdint>
#include <vector>

#include "core/phantoms/phantom_geometry.h"
#include "core/phantoms/phantom_random.h"

namespace ctlite::core::phantom {

inline std::uint64_t lattice_hash(std::uint64_t seed, std::int64_t i, std::int64_t j,
                                  std::int64_t k) {
  return mix64(seed ^ (static_cast<std::uint64_t>(i) * 0x9E3779B97F4A7C15ULL) ^
               (static_cast<std::uint64_t>(j) * 0xC2B2AE3D27D4EB4FULL) ^
               (static_cast<std::uint64_t>(k) * 0x165667B19E3779F9ULL));
}

// Lattice value in [-1, 1].
inline double lattice_value(std::uint64_t seed, std::int64_t i, std::int64_t j, std::int64_t k) {
  return unit_from_bits(lattice_hash(seed, i, j, k)) * 2.0 - 1.0;
}

// Smooth 3-D value noise in [-1, 1] with features about `cell` mm across.
inline double value_noise(Vec3 p, double cell, std::uint64_t seed) {
  const double fx = p.x / cell, fy = p.y / cell, fz = p.z / cell;
  const double ix = std::floor(fx), iy = std::floor(fy), iz = std::floor(fz);
  const double tx = fx - ix, ty = fy - iy, tz = fz - iz;
  const double wx = tx * tx * (3 - 2 * tx), wy = ty * ty * (3 - 2 * ty),
               wz = tz * tz * (3 - 2 * tz);
  const auto i = static_cast<std::int64_t>(ix), j = static_cast<std::int64_t>(iy),
             k = static_cast<std::int64_t>(iz);
  double plane[2];
  for (int dz = 0; dz < 2; ++dz) {
    const double a = lattice_value(seed, i, j, k + dz), b = lattice_value(seed, i + 1, j, k + dz);
    const double c = lattice_value(seed, i, j + 1, k + dz),
                 d = lattice_value(seed, i + 1, j + 1, k + dz);
    const double top = a + (b - a) * wx, bottom = c + (d - c) * wx;
    plane[dz] = top + (bottom - top) * wy;
  }
  return plane[0] + (plane[1] - plane[0]) * wz;
}

// value_noise() over one slice, evaluated on the coarse lattice once and then interpolated
// bilinearly per voxel: ~1 ns per voxel instead of eight hashes.
class SliceNoiseField {
 public:
  SliceNoiseField(const PhantomGrid& grid, double z, double cell, std::uint64_t seed) {
    const double fx0 = grid.x0 / cell, fy0 = grid.y0 / cell;
    const double fx1 = grid.x(grid.nx - 1) / cell, fy1 = grid.y(grid.ny - 1) / cell;
    first_i_ = static_cast<std::int64_t>(std::floor(fx0));
    first_j_ = static_cast<std::int64_t>(std::floor(fy0));
    width_ = static_cast<int>(std::floor(fx1)) - static_cast<int>(first_i_) + 2;
    const int height = static_cast<int>(std::floor(fy1)) - static_cast<int>(first_j_) + 2;
    const double fz = z / cell, iz = std::floor(fz), tz = fz - iz;
    const double wz = tz * tz * (3 - 2 * tz);
    const auto k = static_cast<std::int64_t>(iz);
    nodes_.resize(static_cast<std::size_t>(width_) * height);
    for (int b = 0; b < height; ++b)
      for (int a = 0; a < width_; ++a) {
        const double lo = lattice_value(seed, first_i_ + a, first_j_ + b, k);
        const double hi = lattice_value(seed, first_i_ + a, first_j_ + b, k + 1);
        nodes_[static_cast<std::size_t>(b) * width_ + a] = static_cast<float>(lo + (hi - lo) * wz);
      }
    column_.resize(grid.nx);
    column_weight_.resize(grid.nx);
    for (int i = 0; i < grid.nx; ++i)
      split(grid.x(i) / cell, first_i_, column_[i], column_weight_[i]);
    row_.resize(grid.ny);
    row_weight_.resize(grid.ny);
    for (int j = 0; j < grid.ny; ++j) split(grid.y(j) / cell, first_j_, row_[j], row_weight_[j]);
  }

  float at(int i, int j) const {
    const float* top = &nodes_[static_cast<std::size_t>(row_[j]) * width_ + column_[i]];
    const float* bottom = top + width_;
    const float wx = column_weight_[i], wy = row_weight_[j];
    const float upper = top[0] + (top[1] - top[0]) * wx;
    const float lower = bottom[0] + (bottom[1] - bottom[0]) * wx;
    return upper + (lower - upper) * wy;
  }

 private:
  static void split(double f, std::int64_t first, int& index, float& weight) {
    const double cell = std::floor(f);
    const double t = f - cell;
    index = static_cast<int>(static_cast<std::int64_t>(cell) - first);
    weight = static_cast<float>(t * t * (3 - 2 * t));
  }

  std::int64_t first_i_ = 0, first_j_ = 0;
  int width_ = 0;
  std::vector<float> nodes_;
  std::vector<int> column_, row_;
  std::vector<float> column_weight_, row_weight_;
};

}  // namespace ctlite::core::phantom
