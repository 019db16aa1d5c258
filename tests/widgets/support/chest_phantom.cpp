#include "tests/widgets/support/chest_phantom.h"

#include <cmath>

namespace ctlite::test {

namespace {

// Normalised coordinates: x, y in [-1, 1] across the slice, z in [0, 1] along the volume.
struct Normalised {
  double x, y, z;
};

Normalised normalise(const std::array<std::int64_t, 3>& dims, double i, double j, double k) {
  return {2.0 * i / static_cast<double>(dims[0] - 1) - 1.0, 2.0 * j / static_cast<double>(dims[1] - 1) - 1.0,
          k / static_cast<double>(std::max<std::int64_t>(dims[2] - 1, 1))};
}

std::array<double, 3> voxel_of(const std::array<std::int64_t, 3>& dims, double x, double y, double z) {
  return {(x + 1.0) / 2.0 * static_cast<double>(dims[0] - 1), (y + 1.0) / 2.0 * static_cast<double>(dims[1] - 1),
          z * static_cast<double>(dims[2] - 1)};
}

bool inside_ellipse(double x, double y, double cx, double cy, double rx, double ry) {
  const double dx = (x - cx) / rx, dy = (y - cy) / ry;
  return dx * dx + dy * dy <= 1.0;
}

}  // namespace

ChestPhantomLayout chest_phantom_layout(const std::array<std::int64_t, 3>& dims) {
  return {voxel_of(dims, -0.42, -0.05, 0.5), voxel_of(dims, 0.42, -0.05, 0.5), voxel_of(dims, 0.08, -0.25, 0.5),
          voxel_of(dims, 0.0, 0.48, 0.5),    voxel_of(dims, -0.45, -0.2, 0.62), voxel_of(dims, 0.0, -0.95, 0.5)};
}

std::shared_ptr<core::Volume> make_chest_phantom(const std::array<std::int64_t, 3>& dims,
                                                 const std::array<double, 3>& spacing) {
  auto volume = std::make_shared<core::Volume>();
  volume->spacing = spacing;
  volume->origin = {-0.5 * spacing[0] * static_cast<double>(dims[0] - 1),
                    -0.5 * spacing[1] * static_cast<double>(dims[1] - 1), -300.0};
  volume->allocate(dims, kAirHu);
  volume->unit = core::IntensityUnit::Hounsfield;
  volume->source_format = "test-phantom";
  volume->metadata.patient_name = "PHANTOM^CHEST";
  volume->metadata.patient_id = "TEST-0001";
  volume->metadata.patient_sex = "O";
  volume->metadata.study_description = "Synthetic chest (test)";
  volume->metadata.study_date = "20240101";
  volume->metadata.modality = "CT";
  const ChestPhantomLayout layout = chest_phantom_layout(dims);
  const double nodule_radius_mm = 7.0;
  for (std::int64_t k = 0; k < dims[2]; ++k) {
    for (std::int64_t j = 0; j < dims[1]; ++j) {
      for (std::int64_t i = 0; i < dims[0]; ++i) {
        const Normalised p = normalise(dims, static_cast<double>(i), static_cast<double>(j), static_cast<double>(k));
        float value = kAirHu;
        if (inside_ellipse(p.x, p.y, 0.0, 0.0, 0.92, 0.72)) value = kFatHu;
        if (inside_ellipse(p.x, p.y, 0.0, 0.0, 0.86, 0.66)) value = kSoftTissueHu;
        // Lungs shrink towards both ends of the volume, like apices and bases.
        const double taper = std::sin(3.14159265 * (0.1 + 0.8 * p.z));
        if (inside_ellipse(p.x, p.y, -0.42, -0.05, 0.3 * taper, 0.5 * taper) ||
            inside_ellipse(p.x, p.y, 0.42, -0.05, 0.3 * taper, 0.5 * taper))
          value = kLungHu;
        if (inside_ellipse(p.x, p.y, 0.08, -0.25, 0.2, 0.18)) value = kSoftTissueHu;
        if (inside_ellipse(p.x, p.y, 0.0, 0.48, 0.1, 0.1)) value = kBoneHu;
        const double dx = (static_cast<double>(i) - layout.nodule_centre[0]) * spacing[0];
        const double dy = (static_cast<double>(j) - layout.nodule_centre[1]) * spacing[1];
        const double dz = (static_cast<double>(k) - layout.nodule_centre[2]) * spacing[2];
        if (dx * dx + dy * dy + dz * dz <= nodule_radius_mm * nodule_radius_mm) value = kNoduleHu;
        volume->at(i, j, k) = value;
      }
    }
  }
  return volume;
}

}  // namespace ctlite::test
