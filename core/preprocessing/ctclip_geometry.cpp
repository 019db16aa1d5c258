#include "core/preprocessing/ctclip_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

// Far beyond any scanner (a 480-sample crop is all that is ever computed), but it keeps
// int(n * factor) inside int64 for hostile spacings.
constexpr double kMaxResampledSize = 1e9;

AxisPlan plan_axis(std::int64_t input_size, double spacing, double target_spacing,
                   std::int64_t output_size) {
  AxisPlan axis;
  axis.input_size = input_size;
  axis.resampled_size = ctclip_resampled_size(input_size, spacing, target_spacing);
  axis.output_size = output_size;
  // Python: start = max((n - T) // 2, 0); end = min(start + T, n); floor division, but the
  // max() makes the negative case irrelevant.
  axis.crop_start = std::max<std::int64_t>((axis.resampled_size - output_size) / 2, 0);
  const std::int64_t end = std::min(axis.crop_start + output_size, axis.resampled_size);
  axis.kept = end - axis.crop_start;
  axis.pad_before = (output_size - axis.kept) / 2;
  return axis;
}

}  // namespace

std::int64_t ctclip_resampled_size(std::int64_t input_size, double current_spacing,
                                   double target_spacing) {
  const double factor = current_spacing / target_spacing;
  return static_cast<std::int64_t>(static_cast<double>(input_size) * factor);
}

double spacing_as_written(double spacing) {
  const float as_float = static_cast<float>(spacing);
  if (!std::isfinite(spacing) || static_cast<double>(as_float) != spacing) return spacing;
  char text[32];
  for (int digits = 1; digits <= 9; ++digits) {
    std::snprintf(text, sizeof text, "%.*g", digits, static_cast<double>(as_float));
    if (std::strtof(text, nullptr) == as_float) return std::strtod(text, nullptr);
  }
  return spacing;
}

CtClipGeometry plan_ctclip_geometry(const std::array<std::int64_t, 3>& dims,
                                    const std::array<double, 3>& spacing,
                                    const std::string& source_path) {
  static const char* const kAxisNames[3] = {"x", "y", "z"};
  CtClipGeometry geometry;
  for (int a = 0; a < 3; ++a) {
    const std::string axis_name = kAxisNames[a];
    if (dims[a] <= 0) throw InputError(source_path, "volume has no voxels along " + axis_name);
    const double written = spacing_as_written(spacing[a]);
    if (!std::isfinite(written) || written <= 0.0)
      throw InputError(source_path,
                       "voxel spacing along " + axis_name + " is not a positive number");
    if (static_cast<double>(dims[a]) * (written / kCtClipSpacing[a]) > kMaxResampledSize)
      throw InputError(source_path,
                       "voxel spacing along " + axis_name + " is implausibly large for resampling");
    geometry.axes[a] = plan_axis(dims[a], written, kCtClipSpacing[a], kCtClipShape[a]);
    if (geometry.axes[a].resampled_size < 1)
      throw InputError(source_path, "volume is too small along " + axis_name +
                                        " to resample to CT-CLIP's grid (fewer than one voxel)");
  }
  return geometry;
}

AxisTaps linear_axis_taps(const AxisPlan& axis) {
  AxisTaps taps;
  const auto kept = static_cast<std::size_t>(axis.kept);
  taps.first.resize(kept);
  taps.second.resize(kept);
  taps.first_weight.resize(kept);
  taps.second_weight.resize(kept);
  const std::int64_t in = axis.input_size;
  const std::int64_t out = axis.resampled_size;
  const double scale = static_cast<double>(in) / static_cast<double>(out);
  for (std::size_t o = 0; o < kept; ++o) {
    const std::int64_t resampled_index = axis.crop_start + static_cast<std::int64_t>(o);
    if (in == out) {
      taps.first[o] = taps.second[o] = resampled_index;
      taps.first_weight[o] = 1.0;
      taps.second_weight[o] = 0.0;
      continue;
    }
    double source = scale * (static_cast<double>(resampled_index) + 0.5) - 0.5;
    if (source < 0.0) source = 0.0;
    const auto first = static_cast<std::int64_t>(source);
    taps.first[o] = first;
    taps.second[o] = first + (first < in - 1 ? 1 : 0);
    taps.second_weight[o] = source - static_cast<double>(first);
    taps.first_weight[o] = 1.0 - taps.second_weight[o];
  }
  if (kept > 0) {
    taps.lowest_input = taps.first.front();
    taps.highest_input = taps.second.back();
  }
  return taps;
}

}  // namespace ctlite::core
