#include "core/preprocessing/network_input_volume.h"

#include <gtest/gtest.h>

#include "core/preprocessing/ctclip_preprocessor.h"
#include "tests/core/preprocessing/synthetic_chest.h"

namespace ctlite::core {
namespace {

TEST(NetworkInputVolume, TransposesToXFastestOnTheNominalGrid) {
  const Volume chest = test::make_synthetic_chest({70, 50, 20}, {0.8, 0.7, 2.0});
  const CtClipGeometry plan = plan_ctclip_geometry(chest.dims, chest.spacing, "");
  const NetworkInput input = preprocess_ctclip(chest);
  const Volume volume = network_input_as_volume(input, chest, plan);
  EXPECT_EQ(volume.dims, (std::array<std::int64_t, 3>{480, 480, 240}));
  EXPECT_EQ(volume.spacing, kCtClipSpacing);
  EXPECT_EQ(volume.unit, IntensityUnit::Unknown);
  for (std::int64_t z = 0; z < 240; z += 7)
    for (std::int64_t x = 0; x < 480; x += 3)
      for (std::int64_t y = 0; y < 480; y += 5) ASSERT_EQ(volume.at(x, y, z), input.at(z, x, y));
}

TEST(NetworkInputVolume, OverlaysTheSourceWhenNoResamplingHappens) {
  Volume source = test::make_synthetic_chest({100, 80, 50}, {0.75, 0.75, 1.5});
  source.origin = {-170.0, -200.0, -1300.0};
  source.direction = {1, 0, 0, 0, -1, 0, 0, 0, 1};
  const CtClipGeometry plan = plan_ctclip_geometry(source.dims, source.spacing, "");
  const Volume volume = network_input_as_volume(preprocess_ctclip(source), source, plan);
  EXPECT_EQ(volume.direction, source.direction);
  const std::array<double, 3> corner = volume.index_to_physical(
      {static_cast<double>(plan.axes[0].pad_before), static_cast<double>(plan.axes[1].pad_before),
       static_cast<double>(plan.axes[2].pad_before)});
  for (int a = 0; a < 3; ++a) EXPECT_NEAR(corner[a], source.origin[a], 1e-9);
}

}  // namespace
}  // namespace ctlite::core
