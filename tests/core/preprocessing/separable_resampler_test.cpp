#include "core/preprocessing/separable_resampler.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "core/preprocessing/ctclip_geometry.h"

namespace ctlite::core {
namespace {

// ATen's upsample_trilinear3d (align_corners=False, sizes given), written out directly.
struct Tap {
  std::int64_t first, second;
  double first_weight, second_weight;
};

Tap aten_tap(std::int64_t output_index, std::int64_t in, std::int64_t out) {
  if (in == out) return {output_index, output_index, 1.0, 0.0};
  const double scale = static_cast<double>(in) / static_cast<double>(out);
  const double source = std::max(scale * (output_index + 0.5) - 0.5, 0.0);
  const auto first = static_cast<std::int64_t>(source);
  const double lambda = source - first;
  return {first, first + (first < in - 1 ? 1 : 0), 1.0 - lambda, lambda};
}

TEST(SeparableResampler, EqualsDirectTrilinearWithCropAndPadOnEveryAxis) {
  // x: 45 * 2.0/0.75 = 120 (padded); y: 1000 * 0.5/0.75 = 666 (cropped from 93, many strips);
  // z: 230 * 1.6/1.5 = 245 (cropped from 2).
  const std::array<std::int64_t, 3> dims{45, 1000, 230};
  const CtClipGeometry g = plan_ctclip_geometry(dims, {2.0, 0.5, 1.6}, "");
  ASSERT_EQ(g.axes[1].crop_start, 93);
  ASSERT_EQ(g.axes[2].crop_start, 2);
  std::vector<float> source(static_cast<std::size_t>(dims[0] * dims[1] * dims[2]));
  std::minstd_rand random(5);
  std::uniform_real_distribution<float> hounsfield(-1500.0f, 1500.0f);
  for (float& v : source) v = hounsfield(random);

  ResampleValueRules rules;
  rules.clip_before = {true, -1000.0, 1000.0};
  rules.divisor = 1000.0;
  NetworkInput output;
  resample_crop_pad(source.data(), g, rules, 2, {}, output);

  auto at = [&](std::int64_t x, std::int64_t y, std::int64_t z) {
    const double v = source[static_cast<std::size_t>((z * dims[1] + y) * dims[0] + x)];
    return std::min(std::max(v, -1000.0), 1000.0);
  };
  double worst = 0.0;
  // Every 3rd output sample along each axis keeps the test fast; all strips are visited.
  for (std::int64_t kz = 0; kz < g.axes[2].kept; kz += 3)
    for (std::int64_t kx = 0; kx < g.axes[0].kept; kx += 3)
      for (std::int64_t ky = 0; ky < g.axes[1].kept; ky += 3) {
        const Tap tz = aten_tap(kz + g.axes[2].crop_start, dims[2], g.axes[2].resampled_size);
        const Tap tx = aten_tap(kx + g.axes[0].crop_start, dims[0], g.axes[0].resampled_size);
        const Tap ty = aten_tap(ky + g.axes[1].crop_start, dims[1], g.axes[1].resampled_size);
        auto along_y = [&](std::int64_t x, std::int64_t z) {
          return at(x, ty.first, z) * ty.first_weight + at(x, ty.second, z) * ty.second_weight;
        };
        auto along_x = [&](std::int64_t z) {
          return along_y(tx.first, z) * tx.first_weight + along_y(tx.second, z) * tx.second_weight;
        };
        const double expected =
            (along_x(tz.first) * tz.first_weight + along_x(tz.second) * tz.second_weight) / 1000.0;
        const float actual = output.at(kz + g.axes[2].pad_before, kx + g.axes[0].pad_before,
                                       ky + g.axes[1].pad_before);
        worst = std::max(worst, std::fabs(actual - expected));
      }
  EXPECT_LE(worst, 1e-7);  // float32 rounding of values in [-1, 1]
  EXPECT_EQ(output.at(0, 0, 0), -1.0f);
  EXPECT_EQ(output.at(239, g.axes[0].pad_before - 1, 100), -1.0f);
}

TEST(SeparableResampler, GrayLevelSourceUsesTheLevelTable) {
  const std::array<std::int64_t, 3> dims{20, 16, 8};
  const CtClipGeometry g = plan_ctclip_geometry(dims, {0.9, 0.9, 1.8}, "");
  std::vector<std::uint8_t> gray(static_cast<std::size_t>(20 * 16 * 8));
  std::vector<float> as_float(gray.size());
  GrayLevelValues levels{};
  for (int i = 0; i < 256; ++i) levels[static_cast<std::size_t>(i)] = 0.01 * i - 1.0;
  for (std::size_t i = 0; i < gray.size(); ++i) {
    gray[i] = static_cast<std::uint8_t>((i * 37) % 256);
    as_float[i] = static_cast<float>(levels[gray[i]]);
  }
  NetworkInput from_gray, from_float;
  resample_crop_pad(gray.data(), levels, g, {}, 1, {}, from_gray);
  resample_crop_pad(as_float.data(), g, {}, 1, {}, from_float);
  double worst = 0.0;
  for (std::size_t i = 0; i < from_gray.values.size(); ++i)
    worst =
        std::max(worst, static_cast<double>(std::fabs(from_gray.values[i] - from_float.values[i])));
  EXPECT_LE(worst, 1e-6);  // the float copy rounded the level values to float32
}

}  // namespace
}  // namespace ctlite::core
