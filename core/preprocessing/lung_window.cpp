#include "core/preprocessing/lung_window.h"

#include <cmath>

namespace ctlite::core {

std::uint8_t window_to_gray8(double value, const DisplayWindow& window) {
  const double lower = window.center - window.width / 2.0;
  const double level = std::floor((value - lower) * 255.0 / window.width + 0.5);
  if (!(level > 0.0)) return 0;  // also NaN
  if (level >= 255.0) return 255;
  return static_cast<std::uint8_t>(level);
}

double gray8_to_network(std::uint8_t gray) { return static_cast<double>(gray) / 255.0 * 2.0 - 1.0; }

void window_slice_to_gray8(const Volume& volume, std::int64_t z, const DisplayWindow& window,
                           std::uint8_t* gray) {
  const std::size_t count = static_cast<std::size_t>(volume.dims[0] * volume.dims[1]);
  const float* slice = volume.voxels.data() + volume.index(0, 0, z);
  for (std::size_t i = 0; i < count; ++i) gray[i] = window_to_gray8(slice[i], window);
}

}  // namespace ctlite::core
