#include "widgets/models/slice_axes.h"

#include <algorithm>
#include <cmath>

namespace ctlite::widgets {

namespace {

double direction_component(const std::array<double, 9>& direction, int lps_axis, int voxel_axis) {
  return direction[static_cast<std::size_t>(lps_axis * 3 + voxel_axis)];
}

int sign_of(double value) { return value < 0.0 ? -1 : 1; }

}  // namespace

std::array<int, 3> patient_to_voxel_axes(const std::array<double, 9>& direction) {
  // Best of the six assignments; a greedy pick could give two patient axes the same voxel axis
  // for strongly oblique grids.
  std::array<int, 3> permutation{0, 1, 2};
  std::array<int, 3> best = permutation;
  double best_alignment = -1.0;
  do {
    double alignment = 0.0;
    for (int lps = 0; lps < 3; ++lps)
      alignment += std::abs(direction_component(direction, lps, permutation[static_cast<std::size_t>(lps)]));
    if (alignment > best_alignment + 1e-12) {
      best_alignment = alignment;
      best = permutation;
    }
  } while (std::next_permutation(permutation.begin(), permutation.end()));
  return best;
}

SliceAxes slice_axes(const std::array<double, 9>& direction, ViewOrientation orientation) {
  struct Convention {
    int normal_lps, right_lps, right_sense, down_lps, down_sense;
  };
  // right/down senses are in LPS: +1 means the screen axis points to +L / +P / +S.
  const Convention convention = [&] {
    switch (orientation) {
      case ViewOrientation::Axial: return Convention{2, 0, +1, 1, +1};
      case ViewOrientation::Coronal: return Convention{1, 0, +1, 2, -1};
      case ViewOrientation::Sagittal: return Convention{0, 1, +1, 2, -1};
    }
    return Convention{2, 0, +1, 1, +1};
  }();
  const std::array<int, 3> voxel_of = patient_to_voxel_axes(direction);
  SliceAxes axes;
  axes.normal_axis = voxel_of[static_cast<std::size_t>(convention.normal_lps)];
  axes.right_axis = voxel_of[static_cast<std::size_t>(convention.right_lps)];
  axes.down_axis = voxel_of[static_cast<std::size_t>(convention.down_lps)];
  axes.right_sign = convention.right_sense *
                    sign_of(direction_component(direction, convention.right_lps, axes.right_axis));
  axes.down_sign = convention.down_sense *
                   sign_of(direction_component(direction, convention.down_lps, axes.down_axis));
  return axes;
}

std::string patient_direction_letters(const std::array<double, 3>& lps_direction) {
  static const char* const kPositive[3] = {"L", "P", "S"};
  static const char* const kNegative[3] = {"R", "A", "I"};
  std::array<int, 3> order{0, 1, 2};
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return std::abs(lps_direction[static_cast<std::size_t>(a)]) >
           std::abs(lps_direction[static_cast<std::size_t>(b)]);
  });
  // Components below ~5 degrees of tilt are noise from the scanner's float geometry.
  constexpr double kNegligible = 0.09;
  std::string letters;
  for (int axis : order) {
    const double component = lps_direction[static_cast<std::size_t>(axis)];
    if (std::abs(component) < kNegligible && !letters.empty()) continue;
    letters += component >= 0.0 ? kPositive[axis] : kNegative[axis];
  }
  return letters;
}

EdgeLabels edge_labels(const std::array<double, 9>& direction, const SliceAxes& axes) {
  auto column = [&](int voxel_axis, int sign) {
    std::array<double, 3> vector{};
    for (int lps = 0; lps < 3; ++lps)
      vector[static_cast<std::size_t>(lps)] = sign * direction_component(direction, lps, voxel_axis);
    return vector;
  };
  EdgeLabels labels;
  labels.right = patient_direction_letters(column(axes.right_axis, axes.right_sign));
  labels.left = patient_direction_letters(column(axes.right_axis, -axes.right_sign));
  labels.bottom = patient_direction_letters(column(axes.down_axis, axes.down_sign));
  labels.top = patient_direction_letters(column(axes.down_axis, -axes.down_sign));
  return labels;
}

const char* orientation_name(ViewOrientation orientation) {
  switch (orientation) {
    case ViewOrientation::Axial: return "axial";
    case ViewOrientation::Coronal: return "coronal";
    case ViewOrientation::Sagittal: return "sagittal";
  }
  return "axial";
}

}  // namespace ctlite::widgets
