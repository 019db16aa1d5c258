#include "core/preprocessing/ctclip_geometry.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

TEST(CtClipGeometry, TruncatesLikePythonIncludingTheFloatTrap) {
  // 20 * (0.6 / 0.75) = 15.999999999999998 in float64 (ctvit-architecture.md §6.6).
  EXPECT_EQ(ctclip_resampled_size(20, 0.6, 0.75), 15);
  EXPECT_EQ(ctclip_resampled_size(200, 2.0, 1.5), 266);
  EXPECT_EQ(ctclip_resampled_size(64, 0.8, 0.75), 68);
  EXPECT_EQ(ctclip_resampled_size(512, 0.703125, 0.75), 480);
}

TEST(CtClipGeometry, Float32HeaderSpacingIsReadAsItsDecimal) {
  EXPECT_EQ(spacing_as_written(static_cast<double>(0.6f)), 0.6);
  EXPECT_EQ(spacing_as_written(0.6), 0.6);
  EXPECT_EQ(spacing_as_written(0.703125), 0.703125);
  EXPECT_EQ(spacing_as_written(static_cast<double>(1.25f)), 1.25);
  const CtClipGeometry g = plan_ctclip_geometry({24, 20, 200}, {0.6f, 0.6f, 2.0f}, "x.nii");
  EXPECT_EQ(g.axes[0].resampled_size, 19);
  EXPECT_EQ(g.axes[1].resampled_size, 15);
}

TEST(CtClipGeometry, CentreCropAndPadFollowUpstream) {
  const CtClipGeometry g = plan_ctclip_geometry({1000, 100, 481}, {0.75, 0.75, 1.5}, "x");
  EXPECT_EQ(g.axes[0].crop_start, 260);
  EXPECT_EQ(g.axes[0].kept, 480);
  EXPECT_EQ(g.axes[0].pad_before, 0);
  EXPECT_EQ(g.axes[1].crop_start, 0);
  EXPECT_EQ(g.axes[1].kept, 100);
  EXPECT_EQ(g.axes[1].pad_before, 190);
  EXPECT_EQ(g.axes[2].crop_start, 120);  // (481 - 240) // 2
  EXPECT_EQ(g.axes[2].kept, 240);
}

TEST(CtClipGeometry, TapsFollowAtenAlignCornersFalse) {
  AxisPlan axis;
  axis.input_size = 4;
  axis.resampled_size = 8;
  axis.kept = 8;
  const AxisTaps taps = linear_axis_taps(axis);
  // scale 0.5: o = 0 -> s = -0.25, clamped to 0; o = 3 -> s = 1.25; o = 7 -> s = 3.25 (last).
  EXPECT_EQ(taps.first[0], 0);
  EXPECT_EQ(taps.second[0], 1);
  EXPECT_DOUBLE_EQ(taps.second_weight[0], 0.0);
  EXPECT_EQ(taps.first[3], 1);
  EXPECT_DOUBLE_EQ(taps.second_weight[3], 0.25);
  EXPECT_EQ(taps.first[7], 3);
  EXPECT_EQ(taps.second[7], 3);
  EXPECT_EQ(taps.lowest_input, 0);
  EXPECT_EQ(taps.highest_input, 3);
}

TEST(CtClipGeometry, RejectsUnusableSpacingsNamingTheFile) {
  EXPECT_THROW(plan_ctclip_geometry({10, 10, 10}, {0.0, 1.0, 1.0}, "a.nii"), InputError);
  EXPECT_THROW(plan_ctclip_geometry({10, 10, 10}, {1.0, -1.0, 1.0}, "a.nii"), InputError);
  EXPECT_THROW(plan_ctclip_geometry({10, 10, 10}, {1.0, 1.0, std::nan("")}, "a.nii"), InputError);
  EXPECT_THROW(plan_ctclip_geometry({10, 10, 10}, {1.0, 1.0, 1e300}, "a.nii"), InputError);
  // One voxel at 0.1 mm resamples to int(0.133) = 0 voxels at 0.75 mm.
  try {
    plan_ctclip_geometry({1, 10, 10}, {0.1, 1.0, 1.0}, "a.nii");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "a.nii");
  }
}

}  // namespace
}  // namespace ctlite::core
