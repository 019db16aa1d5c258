#pragma once
// A simple analytic chest for widget tests (test helper only, never product data): air, a body
// ellipse of soft tissue with a fat rim, two lungs, a heart, a spine and one nodule in the
// patient's right lung. Every structure has a known HU value at a known voxel.

#include <array>
#include <memory>

#include "core/volume/volume.h"

namespace ctlite::test {

struct ChestPhantomLayout {
  std::array<double, 3> right_lung_centre;  // voxel index (patient right = low x for identity)
  std::array<double, 3> left_lung_centre;
  std::array<double, 3> heart_centre;
  std::array<double, 3> spine_centre;
  std::array<double, 3> nodule_centre;
  std::array<double, 3> outside_body;
};

inline constexpr float kAirHu = -1000.0f;
inline constexpr float kLungHu = -850.0f;
inline constexpr float kSoftTissueHu = 40.0f;
inline constexpr float kFatHu = -100.0f;
inline constexpr float kBoneHu = 700.0f;
inline constexpr float kNoduleHu = 30.0f;

std::shared_ptr<core::Volume> make_chest_phantom(const std::array<std::int64_t, 3>& dims,
                                                 const std::array<double, 3>& spacing = {0.8, 0.8, 1.5});
ChestPhantomLayout chest_phantom_layout(const std::array<std::int64_t, 3>& dims);

}  // namespace ctlite::test
