#include "core/io/hounsfield_guess.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace ctlite::core {

bool looks_like_hounsfield(const std::vector<float>& voxels) {
  if (voxels.empty()) return false;
  // About a million evenly spread samples decide as well as every voxel, at a fraction of the cost.
  const std::size_t stride = std::max<std::size_t>(1, voxels.size() / (1u << 20));
  std::size_t samples = 0, air = 0;
  for (std::size_t i = 0; i < voxels.size(); i += stride, ++samples) {
    const float value = voxels[i];
    if (!std::isfinite(value) || value < -32768.0f || value > 65535.0f) return false;
    if (value >= -1100.0f && value <= -900.0f) ++air;
  }
  return air * 100 >= samples;  // at least 1% air
}

}  // namespace ctlite::core

namespace ctlite::core {

void label_unit_from_values(Volume& volume, const std::string& format, ReadNotes* notes) {
  if (looks_like_hounsfield(volume.voxels)) {
    volume.unit = IntensityUnit::Hounsfield;
    if (volume.metadata.modality.empty()) volume.metadata.modality = "CT";
    add_note(notes, format +
                        " has no unit: values taken as Hounsfield units (they contain air "
                        "at about -1000)");
  } else {
    volume.unit = IntensityUnit::Unknown;
    add_note(notes, format +
                        " has no unit and the values do not look like CT (no air at about "
                        "-1000): unit unknown");
  }
}

}  // namespace ctlite::core
