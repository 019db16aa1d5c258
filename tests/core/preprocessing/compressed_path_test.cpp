#include "core/preprocessing/compressed_path.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "core/common/errors.h"
#include "core/imaging/jpeg_codec.h"
#include "core/io/jpeg_stack_reader.h"
#include "core/io/jpeg_stack_writer.h"
#include "core/preprocessing/ctclip_geometry.h"
#include "core/preprocessing/ctclip_preprocessor.h"
#include "core/imaging/lung_window.h"
#include "tests/core/preprocessing/synthetic_chest.h"

namespace ctlite::core {
namespace {

using test::make_synthetic_chest;

// On CT-CLIP's own grid (0.75 x 0.75 x 1.5 mm) the resampling is a copy, so the output's data
// region holds exactly the gray levels' network values.
constexpr std::array<double, 3> kNetworkSpacing{0.75, 0.75, 1.5};

Volume windowed_copy(const Volume& hounsfield) {
  Volume gray = hounsfield;
  gray.unit = IntensityUnit::WindowedGray;
  gray.stored_window = kLungWindow;
  for (float& v : gray.voxels) v = window_to_gray8(v);
  return gray;
}

TEST(CompressedPath, OutputIsOnTheNetworkGridAndScale) {
  const Volume chest = make_synthetic_chest({96, 80, 30}, {0.8, 0.9, 2.0});
  const NetworkInput out = preprocess_compressed(chest, {90, 2});
  ASSERT_EQ(out.shape, (std::array<std::int64_t, 3>{240, 480, 480}));
  const auto [low, high] = std::minmax_element(out.values.begin(), out.values.end());
  EXPECT_EQ(*low, -1.0f);
  EXPECT_LE(*high, 1.0f);
  EXPECT_GT(*high, 0.5f);  // soft tissue (40 HU) is gray 236, network 0.85
}

TEST(CompressedPath, JpegRoundTripErrorIsBounded) {
  const Volume chest = make_synthetic_chest({128, 112, 12}, kNetworkSpacing);
  const NetworkInput lossy = preprocess_compressed(chest, {90, 2});
  const NetworkInput exact = preprocess_compressed(windowed_copy(chest));
  ASSERT_EQ(lossy.values.size(), exact.values.size());
  double total = 0.0, worst = 0.0;
  for (std::size_t i = 0; i < lossy.values.size(); ++i) {
    const double error = std::fabs(static_cast<double>(lossy.values[i]) - exact.values[i]);
    total += error;
    worst = std::max(worst, error);
  }
  const double gray_step = 2.0 / 255.0;
  const double data_voxels = static_cast<double>(chest.voxel_count());
  EXPECT_GT(total, 0.0);  // JPEG is lossy: the path really went through it
  // The phantom's 20 HU noise is 3.4 gray levels (sigma); q90 may drop part of that noise, but
  // on average it must move a voxel less than the noise itself (measured: 2.4 levels, worst 17).
  EXPECT_LT(total / data_voxels, 3.0 * gray_step);
  EXPECT_LT(worst, 24.0 * gray_step);
}

TEST(CompressedPath, LowerQualityLosesMore) {
  const Volume chest = make_synthetic_chest({96, 96, 6}, kNetworkSpacing);
  const auto exact = student_gray_levels(windowed_copy(chest));
  auto error_at = [&](int quality) {
    const auto lossy = student_gray_levels(chest, {quality, 1});
    double total = 0.0;
    for (std::size_t i = 0; i < lossy.size(); ++i) total += std::abs(lossy[i] - exact[i]);
    return total;
  };
  EXPECT_LT(error_at(95), error_at(50));
}

TEST(CompressedPath, GeometryIsTheUncompressedPathsGeometry) {
  // Crop in z (300 * 1.25 / 1.5 = 250 > 240), pad in x and y, non-trivial scale factors.
  Volume flat;
  flat.source_path = "flat";
  flat.allocate({50, 30, 300}, 0.0f);  // 0 HU everywhere: no value is -1 in either path
  flat.spacing = {0.8, 1.0, 1.25};
  const NetworkInput compressed = preprocess_compressed(flat);
  const NetworkInput uncompressed = preprocess_ctclip(flat);
  ASSERT_EQ(compressed.shape, uncompressed.shape);
  const float level = static_cast<float>(gray8_to_network(window_to_gray8(0.0)));
  std::size_t data = 0;
  for (std::size_t i = 0; i < compressed.values.size(); ++i) {
    const bool is_data = uncompressed.values[i] != -1.0f;
    ASSERT_EQ(compressed.values[i] != -1.0f, is_data) << "element " << i;
    if (!is_data) continue;
    ++data;
    EXPECT_NEAR(compressed.values[i], level, 1e-6);  // a flat slice survives JPEG unchanged
  }
  const CtClipGeometry g = plan_ctclip_geometry(flat.dims, flat.spacing, "flat");
  EXPECT_EQ(data, static_cast<std::size_t>(g.axes[0].kept * g.axes[1].kept * g.axes[2].kept));
}

TEST(CompressedPath, WindowedGrayStackIsUsedDirectly) {
  Volume stack = windowed_copy(make_synthetic_chest({64, 48, 10}, kNetworkSpacing));
  const NetworkInput out = preprocess_compressed(stack);
  const CtClipGeometry g = plan_ctclip_geometry(stack.dims, stack.spacing, "");
  for (std::int64_t z = 0; z < 10; ++z)
    for (std::int64_t y = 0; y < 48; ++y)
      for (std::int64_t x = 0; x < 64; ++x) {
        const auto level = static_cast<std::uint8_t>(stack.at(x, y, z));
        ASSERT_EQ(
            out.at(z + g.axes[2].pad_before, x + g.axes[0].pad_before, y + g.axes[1].pad_before),
            static_cast<float>(gray8_to_network(level)));
      }
}

TEST(CompressedPath, RefusesGrayLevelsItCannotTrust) {
  Volume stack = windowed_copy(make_synthetic_chest({16, 16, 4}, kNetworkSpacing));
  stack.source_path = "stack/manifest.json";
  Volume other_window = stack;
  other_window.stored_window = {40.0, 400.0};
  EXPECT_THROW(preprocess_compressed(other_window), InputError);
  Volume fractional = stack;
  fractional.voxels[5] = 12.5f;
  EXPECT_THROW(preprocess_compressed(fractional), InputError);
  Volume out_of_range = stack;
  out_of_range.voxels[5] = 256.0f;
  try {
    preprocess_compressed(out_of_range);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "stack/manifest.json");
  }
  Volume uncalibrated = make_synthetic_chest({16, 16, 4}, kNetworkSpacing);
  uncalibrated.unit = IntensityUnit::Unknown;
  EXPECT_THROW(preprocess_compressed(uncalibrated), InputError);
}

TEST(CompressedPath, RejectsQualityOutsideOneToHundred) {
  const Volume chest = make_synthetic_chest({16, 16, 2}, kNetworkSpacing);
  EXPECT_THROW(preprocess_compressed(chest, {0, 1}), std::invalid_argument);
  EXPECT_THROW(encode_lung_window_jpeg_stack(chest, 101, 1), std::invalid_argument);
}

TEST(CompressedPath, JpegStackHoldsTheSlicesTheStudentSees) {
  const Volume chest = make_synthetic_chest({40, 32, 5}, {0.7, 0.7, 1.0});
  const auto stack = encode_lung_window_jpeg_stack(chest, 90, 2);
  ASSERT_EQ(stack.size(), 5u);
  const auto gray = student_gray_levels(chest, {90, 1});
  for (std::size_t z = 0; z < stack.size(); ++z) {
    const Gray8Image slice = decode_gray8_jpeg(stack[z].data(), stack[z].size(), "slice");
    ASSERT_EQ(slice.width, 40);
    ASSERT_EQ(slice.height, 32);
    EXPECT_TRUE(std::equal(slice.pixels.begin(), slice.pixels.end(), gray.begin() + z * 40 * 32));
  }
}

// `ctlite compress` exports a stack with core/io's writer; reading it back must give the student
// exactly the input it gets straight from the HU volume.
TEST(CompressedPath, ExportedStackReadBackGivesTheSameStudentInput) {
  const Volume chest = make_synthetic_chest({64, 56, 9}, {0.7, 0.7, 1.25});
  const std::string folder = std::string(CTLITE_BINARY_DIR) + "/compressed_path_test_stack_" +
                             std::to_string(::testing::UnitTest::GetInstance()->random_seed());
  std::filesystem::remove_all(folder);
  write_jpeg_stack(chest, folder, {kLungWindow, 90, "test"});
  const Volume stack = read_jpeg_stack(folder);
  std::filesystem::remove_all(folder);
  EXPECT_EQ(stack.unit, IntensityUnit::WindowedGray);
  EXPECT_EQ(stack.spacing, chest.spacing);
  EXPECT_TRUE(preprocess_compressed(stack).values == preprocess_compressed(chest).values);
}

}  // namespace
}  // namespace ctlite::core
