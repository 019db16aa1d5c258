#include "core/volume/volume.h"

#include <algorithm>

#include "core/common/errors.h"
#include "core/common/huge_page_buffer.h"

namespace ctlite::core {

std::array<double, 3> Volume::index_to_physical(const std::array<double, 3>& ijk) const {
  std::array<double, 3> lps = origin;
  for (int row = 0; row < 3; ++row)
    for (int axis = 0; axis < 3; ++axis)
      lps[row] += direction[row * 3 + axis] * spacing[axis] * ijk[axis];
  return lps;
}

void Volume::allocate(const std::array<std::int64_t, 3>& new_dims, float fill) {
  std::size_t count = 1;
  for (std::int64_t d : new_dims) {
    if (d <= 0) throw InputError(source_path, "volume has an empty or negative dimension");
    if (count > kMaxVoxelCount / static_cast<std::size_t>(d))
      throw InputError(source_path, "volume is larger than the 2^31-voxel limit");
    count *= static_cast<std::size_t>(d);
  }
  dims = new_dims;
  // Huge pages: first-touching a 300 MB grid in 4 KiB pages costs ~0.9 s of CPU on our VMs.
  resize_with_huge_pages(voxels, count);
  std::fill(voxels.begin(), voxels.end(), fill);
}

}  // namespace ctlite::core
