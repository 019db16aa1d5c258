#pragma once
// A quick stand-in chest CT for preprocessing tests and benchmarks: air around an elliptic body
// (soft tissue, 40 HU) holding two lungs (-850 HU) and a dense spine (700 HU), plus Gaussian
// noise. Smooth enough for JPEG to behave as on real slices, cheap to build at any size.

#include <array>
#include <cmath>
#include <cstdint>
#include <random>

#include "core/volume/volume.h"

namespace ctlite::test {

inline core::Volume make_synthetic_chest(const std::array<std::int64_t, 3>& dims,
                                         const std::array<double, 3>& spacing,
                                         float noise_sigma = 20.0f, unsigned seed = 7) {
  core::Volume v;
  v.source_path = "synthetic-chest";
  v.allocate(dims);
  v.spacing = spacing;
  v.unit = core::IntensityUnit::Hounsfield;
  std::minstd_rand random(seed);
  std::normal_distribution<float> noise(0.0f, noise_sigma);
  const double cx = dims[0] / 2.0, cy = dims[1] / 2.0;
  for (std::int64_t z = 0; z < dims[2]; ++z)
    for (std::int64_t y = 0; y < dims[1]; ++y)
      for (std::int64_t x = 0; x < dims[0]; ++x) {
        const double bx = (x - cx) / (0.45 * dims[0]), by = (y - cy) / (0.33 * dims[1]);
        const double lx = (std::fabs(x - cx) - 0.21 * dims[0]) / (0.16 * dims[0]);
        const double ly = (y - 0.47 * dims[1]) / (0.23 * dims[1]);
        const double sx = (x - cx) / (0.04 * dims[0]), sy = (y - 0.75 * dims[1]) / (0.05 * dims[1]);
        float hu = -1000.0f;
        if (bx * bx + by * by < 1.0) {
          hu = 40.0f;
          if (lx * lx + ly * ly < 1.0) hu = -850.0f;
          if (sx * sx + sy * sy < 1.0) hu = 700.0f;
        }
        v.at(x, y, z) = hu + noise(random);
      }
  return v;
}

}  // namespace ctlite::test
