#include "core/imaging/lung_window.h"

namespace ctlite::core {

std::uint8_t window_to_gray8(double value, const DisplayWindow& window) {
  const double lower = window.center - window.width / 2.0;
  double fraction = (value - lower) / window.width;
  fraction = fraction > 0.0 ? fraction : 0.0;  // NaN -> 0
  fraction = fraction < 1.0 ? fraction : 1.0;
  const double level = 255.0 * fraction;
  // Round half up without a libm call, so the slice loop vectorises: level - whole is exact,
  // whereas the common int(level + 0.5) rounds 0.49999999999999994 up to 1.
  const int whole = static_cast<int>(level);
  return static_cast<std::uint8_t>(whole + (level - whole >= 0.5 ? 1 : 0));
}

double gray8_to_network(std::uint8_t gray) { return static_cast<double>(gray) / 255.0 * 2.0 - 1.0; }

void window_slice_to_gray8(const Volume& volume, std::int64_t z, const DisplayWindow& window,
                           std::uint8_t* gray) {
  const std::size_t count = static_cast<std::size_t>(volume.dims[0] * volume.dims[1]);
  const float* slice = volume.voxels.data() + volume.index(0, 0, z);
  for (std::size_t i = 0; i < count; ++i) gray[i] = window_to_gray8(slice[i], window);
}

}  // namespace ctlite::core
