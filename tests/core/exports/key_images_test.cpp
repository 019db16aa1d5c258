#include "core/exports/key_images.h"

#include <gtest/gtest.h>

#include "core/common/errors.h"
#include "tests/core/exports/export_test_support.h"

namespace ctlite::core {
namespace {

// 10 x 8 x 4 voxels of 1 x 1 x 2.5 mm: -1000 HU (air) everywhere but one bright voxel.
Volume make_volume() {
  Volume volume;
  volume.allocate({10, 8, 4}, -1000.0f);
  volume.spacing = {1.0, 1.0, 2.5};
  volume.at(7, 2, 1) = 150.0f;  // the lung window's upper edge: white
  return volume;
}

const std::uint8_t* pixel(const KeyImage& image, int column, int row) {
  return &image.rgb[(static_cast<std::size_t>(row) * image.width + column) * 3];
}

TEST(KeyImages, ShowThreePlanesWithSquareMillimetrePixelsThroughTheVoxel) {
  const Volume volume = make_volume();
  const auto images = key_images(volume, {7, 2, 1}, DisplayWindow{-600.0, 1500.0}, nullptr, 1.0);
  ASSERT_EQ(images.size(), 3u);
  EXPECT_EQ(images[0].plane, "axial");
  EXPECT_EQ(images[0].width, 10);
  EXPECT_EQ(images[0].height, 8);
  EXPECT_EQ(images[1].plane, "coronal");
  EXPECT_EQ(images[1].height, 10);  // 4 slices x 2.5 mm
  EXPECT_EQ(images[2].width, 8);
  EXPECT_EQ(pixel(images[0], 7, 2)[0], 255);
  EXPECT_EQ(pixel(images[0], 6, 2)[0], 60);  // -1000 HU: 255 * 350 / 1500, rounded
  // Coronal: slice 1 of 4 (z up) spans display rows 5..7 (superior at the top).
  EXPECT_EQ(pixel(images[1], 7, 6)[0], 255);
  EXPECT_EQ(pixel(images[1], 7, 2)[0], 60);
  EXPECT_EQ(pixel(images[2], 2, 6)[1], 255);
}

TEST(KeyImages, BlendTheOverlayAndCheckItsGrid) {
  const Volume volume = make_volume();
  Volume overlay;
  overlay.allocate(volume.dims, 0.0f);
  overlay.at(0, 0, 1) = 1.0f;
  const auto images = key_images(volume, {7, 2, 1}, DisplayWindow{-600.0, 1500.0}, &overlay, 1.0);
  const std::uint8_t* hot = pixel(images[0], 0, 0);
  EXPECT_GT(hot[0], hot[2]);  // red-yellow where the overlay is high
  const std::uint8_t* cold = pixel(images[0], 1, 0);
  EXPECT_EQ(cold[0], cold[2]);

  Volume wrong;
  wrong.allocate({10, 8, 3}, 0.0f);
  EXPECT_THROW(key_images(volume, {7, 2, 1}, DisplayWindow{-600.0, 1500.0}, &wrong, 1.0), InputError);
  EXPECT_THROW(key_images(volume, {7, 2, 4}, DisplayWindow{-600.0, 1500.0}, nullptr, 1.0), InputError);
}

TEST(KeyImages, PlaceTheEnginesRgbPcaMapByItsGeometry) {
  // The PCA map lives on the token grid: here 2 x 2 x 2 cells of 5 x 4 x 5 mm from the CT's
  // origin. Cell (0, 0, *) is green, cell (1, 0, *) black (outside the body: transparent).
  const Volume volume = make_volume();
  RgbOverlay map;
  map.grid.dims = {2, 2, 2};
  map.grid.spacing = {5.0, 4.0, 5.0};
  map.rgb.assign(2 * 2 * 2 * 3, 0);
  for (int z = 0; z < 2; ++z)
    for (int y = 0; y < 2; ++y) map.rgb[map.grid.index(0, y, z) * 3 + 1] = 255;
  const auto images = key_images(volume, {7, 2, 1}, DisplayWindow{-600.0, 1500.0}, map, 1.0);
  const std::uint8_t* green = pixel(images[0], 1, 1);  // x = 1 mm: cell 0
  EXPECT_GT(green[1], green[0] + 80);
  const std::uint8_t* clear = pixel(images[0], 4, 1);  // x = 4 mm: cell 1, black
  EXPECT_EQ(clear[0], clear[1]);
  const std::uint8_t* outside = pixel(images[0], 9, 1);  // x = 9 mm: beyond the map
  EXPECT_EQ(outside[0], outside[1]);

  map.rgb.pop_back();
  EXPECT_THROW(key_images(volume, {7, 2, 1}, DisplayWindow{-600.0, 1500.0}, map, 1.0), InputError);
}

TEST(KeyImages, KeyVoxelIsTheStrongestPresentFindingsEvidence) {
  const Volume volume = make_volume();
  FindingsReport report = export_test::make_demo_report();
  for (auto& finding : report.findings) {
    finding.evidence_voxel = std::array<std::int64_t, 3>{1, 1, 1};
    finding.present = false;
  }
  report.findings[4].present = true;
  report.findings[17].present = true;  // ranks first, but its evidence lies outside
  report.findings[4].evidence_voxel = std::array<std::int64_t, 3>{7, 2, 1};
  report.findings[17].evidence_voxel = std::array<std::int64_t, 3>{70, 2, 1};  // outside: skipped
  const KeyVoxel key = choose_key_voxel(report, volume);
  EXPECT_EQ(key.voxel, (std::array<std::int64_t, 3>{7, 2, 1}));
  EXPECT_NE(key.reason.find(report.findings[4].name), std::string::npos);

  for (auto& finding : report.findings) finding.evidence_voxel.reset();
  EXPECT_EQ(choose_key_voxel(report, volume).voxel, (std::array<std::int64_t, 3>{5, 4, 2}));
  EXPECT_DOUBLE_EQ(key_image_pixel_mm(volume, 5), 2.0);  // 10 mm over 5 pixels
  EXPECT_DOUBLE_EQ(key_image_pixel_mm(volume, 512), 1.0);
}

}  // namespace
}  // namespace ctlite::core
