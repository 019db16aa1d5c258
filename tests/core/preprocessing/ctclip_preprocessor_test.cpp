#include "core/preprocessing/ctclip_preprocessor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/common/errors.h"
#include "core/io/nifti_reader.h"
#include "core/preprocessing/ctclip_geometry.h"
#include "tests/core/preprocessing/golden_case.h"

namespace ctlite::core {
namespace {

using test::GoldenCase;
using test::load_golden_case;

struct Checksums {
  double sum = 0.0;
  double sum_of_squares = 0.0;
  std::size_t count_minus_one = 0;
  float min = 0.0f;
  float max = 0.0f;
};

Checksums checksums(const NetworkInput& input) {
  Checksums c;
  c.min = c.max = input.values.front();
  for (float v : input.values) {
    c.sum += v;
    c.sum_of_squares += static_cast<double>(v) * v;
    if (v == -1.0f) ++c.count_minus_one;
    c.min = std::min(c.min, v);
    c.max = std::max(c.max, v);
  }
  return c;
}

// Compares the data region with the golden core and checks every other element is exactly -1.
void expect_matches_golden(const GoldenCase& golden, const NetworkInput& output,
                           const std::string& core_name, const std::string& stats_name) {
  ASSERT_EQ(output.shape, (std::array<std::int64_t, 3>{240, 480, 480}));
  const auto& core = golden.tensors.tensor(core_name);
  const auto pad = golden.spec.at("pad_before_zxy").get<std::vector<std::int64_t>>();
  const std::int64_t kz = core.shape[0], kx = core.shape[1], ky = core.shape[2];
  double max_error = 0.0;
  std::size_t outside_not_minus_one = 0;
  for (std::int64_t z = 0; z < 240; ++z)
    for (std::int64_t x = 0; x < 480; ++x)
      for (std::int64_t y = 0; y < 480; ++y) {
        const bool inside = z >= pad[0] && z < pad[0] + kz && x >= pad[1] && x < pad[1] + kx &&
                            y >= pad[2] && y < pad[2] + ky;
        const float value = output.at(z, x, y);
        if (!inside) {
          outside_not_minus_one += value != -1.0f;
          continue;
        }
        const float expected = core.values[static_cast<std::size_t>(
            ((z - pad[0]) * kx + (x - pad[1])) * ky + (y - pad[2]))];
        max_error = std::max(max_error, std::fabs(static_cast<double>(value) - expected));
      }
  EXPECT_LE(max_error, 1e-5);
  EXPECT_EQ(outside_not_minus_one, 0u);

  const auto& stats = golden.spec.at(stats_name);
  const Checksums c = checksums(output);
  // 1e-5 per element over the core region bounds the drift of the sums.
  const double core_count = static_cast<double>(kz * kx * ky);
  EXPECT_NEAR(c.sum, stats.at("sum").get<double>(), 1e-5 * core_count);
  EXPECT_NEAR(c.sum_of_squares, stats.at("sumsq").get<double>(), 2e-5 * core_count);
  EXPECT_EQ(c.count_minus_one, stats.at("count_eq_minus1").get<std::size_t>());
  EXPECT_FLOAT_EQ(c.min, stats.at("min").get<float>());
  EXPECT_NEAR(c.max, stats.at("max").get<double>(), 1e-5);
}

void expect_geometry_matches_golden(const GoldenCase& golden) {
  const CtClipGeometry g =
      plan_ctclip_geometry(golden.volume.dims, golden.volume.spacing, golden.volume.source_path);
  const auto resampled = golden.spec.at("resampled_shape_zxy").get<std::vector<std::int64_t>>();
  const auto crop = golden.spec.at("crop_start_xyz").get<std::vector<std::int64_t>>();
  const auto pad = golden.spec.at("pad_before_zxy").get<std::vector<std::int64_t>>();
  const auto kept = golden.spec.at("core_shape_zxy").get<std::vector<std::int64_t>>();
  // JSON lists z, x, y; the plan is indexed x, y, z.
  const int zxy_to_axis[3] = {2, 0, 1};
  for (int i = 0; i < 3; ++i) {
    const AxisPlan& axis = g.axes[zxy_to_axis[i]];
    EXPECT_EQ(axis.resampled_size, resampled[i]) << "zxy axis " << i;
    EXPECT_EQ(axis.pad_before, pad[i]) << "zxy axis " << i;
    EXPECT_EQ(axis.kept, kept[i]) << "zxy axis " << i;
    EXPECT_EQ(g.axes[i].crop_start, crop[i]) << "xyz axis " << i;
  }
}

class CtClipGolden : public ::testing::TestWithParam<const char*> {};

TEST_P(CtClipGolden, GeometryMatchesUpstream) {
  expect_geometry_matches_golden(load_golden_case(GetParam()));
}

TEST_P(CtClipGolden, InferenceVariantMatchesUpstream) {
  const GoldenCase golden = load_golden_case(GetParam());
  const NetworkInput output = preprocess_ctclip(golden.volume, {CtClipVariant::Inference, 2});
  expect_matches_golden(golden, output, "out_infer_core", "full_output_stats_infer");
}

TEST_P(CtClipGolden, TrainingVariantMatchesUpstream) {
  const GoldenCase golden = load_golden_case(GetParam());
  const NetworkInput output = preprocess_ctclip(golden.volume, {CtClipVariant::Training, 2});
  expect_matches_golden(golden, output, "out_train_core", "full_output_stats_train");
}

// The NIfTI route: voxels from the file, spacing from its float32 pixdim (0.6f for pre2, which
// must still resample 20 columns to 15), slope/intercept from the CSV as CT-CLIP does.
TEST_P(CtClipGolden, NiftiFileWithHeaderSpacingMatchesUpstream) {
  const GoldenCase golden = load_golden_case(GetParam());
  Volume volume = read_nifti(test::golden_dir() + "preproc_" + GetParam() + ".nii.gz").volume;
  ASSERT_EQ(volume.dims, golden.volume.dims);
  const double slope = golden.spec.at("slope");
  const double intercept = golden.spec.at("intercept");
  for (float& v : volume.voxels) v = static_cast<float>(slope * v + intercept);
  volume.unit = IntensityUnit::Hounsfield;
  EXPECT_TRUE(volume.voxels == golden.volume.voxels);
  const NetworkInput output = preprocess_ctclip(volume, {CtClipVariant::Inference, 2});
  expect_matches_golden(golden, output, "out_infer_core", "full_output_stats_infer");
}

INSTANTIATE_TEST_SUITE_P(Golden, CtClipGolden, ::testing::Values("pre1", "pre2"));

TEST(CtClipPreprocessor, SingleThreadedEqualsMultiThreaded) {
  const GoldenCase golden = load_golden_case("pre1");
  const NetworkInput one = preprocess_ctclip(golden.volume, {CtClipVariant::Inference, 1});
  const NetworkInput three = preprocess_ctclip(golden.volume, {CtClipVariant::Inference, 3});
  EXPECT_TRUE(one.values == three.values);
}

TEST(CtClipPreprocessor, ReusedBufferGivesTheSameResult) {
  const GoldenCase golden = load_golden_case("pre2");
  NetworkInput output;
  preprocess_ctclip_into(load_golden_case("pre1").volume, {}, {}, output);
  preprocess_ctclip_into(golden.volume, {}, {}, output);
  EXPECT_TRUE(output.values == preprocess_ctclip(golden.volume).values);
}

TEST(CtClipPreprocessor, RefusesVolumesThatAreNotHounsfield) {
  GoldenCase golden = load_golden_case("pre1");
  golden.volume.unit = IntensityUnit::WindowedGray;
  EXPECT_THROW(preprocess_ctclip(golden.volume), InputError);
  golden.volume.unit = IntensityUnit::Unknown;
  EXPECT_THROW(preprocess_ctclip(golden.volume), InputError);
}

TEST(CtClipPreprocessor, RefusesInconsistentVoxelBuffers) {
  Volume volume;
  volume.source_path = "broken.nii";
  volume.dims = {4, 4, 4};
  volume.voxels.assign(10, 0.0f);
  try {
    preprocess_ctclip(volume);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "broken.nii");
  }
}

TEST(CtClipPreprocessor, CancellationStopsTheRun) {
  const GoldenCase golden = load_golden_case("pre1");
  Progress progress;
  progress.cancel();
  EXPECT_THROW(preprocess_ctclip(golden.volume, {}, progress), OperationCancelled);
}

TEST(CtClipPreprocessor, ReportsProgressUpToCompletion) {
  const GoldenCase golden = load_golden_case("pre1");
  double last = 0.0;
  int calls = 0;
  Progress progress([&](const ProgressEvent& e) {
    EXPECT_GE(e.fraction, last);
    last = e.fraction;
    ++calls;
  });
  preprocess_ctclip(golden.volume, {CtClipVariant::Inference, 1}, progress);
  EXPECT_EQ(calls, 240);
  EXPECT_DOUBLE_EQ(last, 1.0);
}

}  // namespace
}  // namespace ctlite::core
