#include "core/preprocessing/network_input_volume.h"

#include <algorithm>
#include <stdexcept>

#include "core/common/huge_page_buffer.h"

namespace ctlite::core {
namespace {

// Square tiles keep both the rows read and the rows written of a slice transpose in cache.
constexpr std::int64_t kTile = 32;

}  // namespace

Volume network_input_as_volume(const NetworkInput& input, const Volume& source,
                               const CtClipGeometry& geometry) {
  const std::int64_t nz = input.shape[0], nx = input.shape[1], ny = input.shape[2];
  if (nx != geometry.axes[0].output_size || ny != geometry.axes[1].output_size ||
      nz != geometry.axes[2].output_size || input.values.size() != input.element_count())
    throw std::invalid_argument("network input does not match its preprocessing plan");
  Volume volume;
  volume.dims = {nx, ny, nz};
  resize_with_huge_pages(volume.voxels, input.element_count());
  volume.spacing = kCtClipSpacing;
  volume.direction = source.direction;
  volume.unit = IntensityUnit::Unknown;
  volume.metadata = source.metadata;
  volume.source_format = source.source_format;
  volume.source_path = source.source_path;

  std::array<double, 3> first_sample{};
  for (int a = 0; a < 3; ++a) {
    const AxisPlan& axis = geometry.axes[a];
    const double scale =
        static_cast<double>(axis.input_size) / static_cast<double>(axis.resampled_size);
    first_sample[a] = (static_cast<double>(axis.crop_start - axis.pad_before) + 0.5) * scale - 0.5;
  }
  volume.origin = source.index_to_physical(first_sample);

  for (std::int64_t z = 0; z < nz; ++z) {
    const float* from = input.values.data() + input.index(z, 0, 0);
    float* to = volume.voxels.data() + volume.index(0, 0, z);
    for (std::int64_t x0 = 0; x0 < nx; x0 += kTile)
      for (std::int64_t y0 = 0; y0 < ny; y0 += kTile)
        for (std::int64_t x = x0; x < std::min(x0 + kTile, nx); ++x)
          for (std::int64_t y = y0; y < std::min(y0 + kTile, ny); ++y)
            to[y * nx + x] = from[x * ny + y];
  }
  return volume;
}

}  // namespace ctlite::core
