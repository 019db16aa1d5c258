#pragma once
// CT-CLIP's grid arithmetic (ctvit-architecture.md §6 steps 6, 7 and 11): the resampled size of
// each axis, the centre crop/pad into 480 x 480 x 240, and the linear-interpolation tables that
// F.interpolate(mode='trilinear', align_corners=False) uses along one axis.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::core {

// The network grid, indexed x, y, z (NIfTI i, j, k).
constexpr std::array<double, 3> kCtClipSpacing{0.75, 0.75, 1.5};
constexpr std::array<std::int64_t, 3> kCtClipShape{480, 480, 240};

// What happens to one axis between the source grid and the network grid.
struct AxisPlan {
  std::int64_t input_size = 0;
  std::int64_t resampled_size = 0;  // int(n * (current / target)), as CT-CLIP truncates it
  std::int64_t crop_start = 0;      // first resampled index that survives the centre crop
  std::int64_t kept = 0;            // resampled indices that survive
  std::int64_t pad_before = 0;      // output index of the first kept sample
  std::int64_t output_size = 0;     // 480 or 240
};

struct CtClipGeometry {
  std::array<AxisPlan, 3> axes;  // x, y, z
};

// CT-CLIP computes factor = current / target first and then int(n * factor). The order matters:
// 20 * (0.6 / 0.75) = 15.999999999999998 truncates to 15, where 20 * 0.6 / 0.75 would give 16.
std::int64_t ctclip_resampled_size(std::int64_t input_size, double current_spacing,
                                   double target_spacing);

// CT-CLIP reads spacings from the CT-RATE CSV as decimal strings parsed to float64. A NIfTI
// header stores pixdim as float32, and 0.6f is 0.60000002384..., which turns the 15 above into 16.
// A spacing that is exactly a float32 value is therefore replaced by the float64 value of its
// shortest decimal form (0.6f -> 0.6). A CSV or DICOM decimal is almost never exactly a float32
// value unless it is dyadic (0.75, 0.703125), whose shortest form is itself, so it is unchanged.
double spacing_as_written(double spacing);

// Plans all three axes; throws InputError(source_path, ...) for empty grids, spacings that are not
// positive and finite, or a resampled size that would be zero or absurdly large.
CtClipGeometry plan_ctclip_geometry(const std::array<std::int64_t, 3>& dims,
                                    const std::array<double, 3>& spacing,
                                    const std::string& source_path);

// Linear interpolation taps for the kept outputs of one axis: output o (0..kept-1) reads input
// samples first[o] and second[o] with weights first_weight[o] and second_weight[o].
struct AxisTaps {
  std::vector<std::int64_t> first;
  std::vector<std::int64_t> second;
  std::vector<double> first_weight;
  std::vector<double> second_weight;
  std::int64_t lowest_input = 0;   // smallest input index any kept output reads
  std::int64_t highest_input = 0;  // largest input index any kept output reads
};

// Reproduces ATen's compute_source_index_and_lambda (UpSample.h, LibTorch 1.13) for a given
// output size: scale = in / out, s = max(scale * (o + 0.5) - 0.5, 0), i0 = trunc(s),
// i1 = min(i0 + 1, in - 1), lambda1 = s - i0, lambda0 = 1 - lambda1; equal sizes copy.
AxisTaps linear_axis_taps(const AxisPlan& axis);

}  // namespace ctlite::core
