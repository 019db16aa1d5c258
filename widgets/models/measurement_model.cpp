#include "widgets/models/measurement_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ctlite::widgets {

double physical_distance_mm(const core::Volume& volume, const VoxelPoint& a, const VoxelPoint& b) {
  const auto pa = volume.index_to_physical(a);
  const auto pb = volume.index_to_physical(b);
  double sum = 0.0;
  for (std::size_t axis = 0; axis < 3; ++axis) sum += (pa[axis] - pb[axis]) * (pa[axis] - pb[axis]);
  return std::sqrt(sum);
}

std::array<int, 2> in_plane_axes(int normal_axis) {
  switch (normal_axis) {
    case 0: return {1, 2};
    case 1: return {0, 2};
    default: return {0, 1};
  }
}

RegionStatistics ellipse_statistics(const core::Volume& volume, const EllipseRoi& roi) {
  RegionStatistics statistics;
  const auto [u_axis, v_axis] = in_plane_axes(roi.normal_axis);
  const auto u = static_cast<std::size_t>(u_axis);
  const auto v = static_cast<std::size_t>(v_axis);
  const auto n = static_cast<std::size_t>(roi.normal_axis);
  if (roi.slice < 0 || roi.slice >= volume.dims[n] || roi.radius_u <= 0.0 || roi.radius_v <= 0.0)
    return statistics;
  const auto first = [&](std::size_t axis, double radius) {
    return std::max<std::int64_t>(0, static_cast<std::int64_t>(std::ceil(roi.center[axis] - radius)));
  };
  const auto last = [&](std::size_t axis, double radius) {
    return std::min<std::int64_t>(volume.dims[axis] - 1,
                                  static_cast<std::int64_t>(std::floor(roi.center[axis] + radius)));
  };
  // Welford's update keeps the variance exact for large regions of similar values.
  double mean = 0.0, m2 = 0.0;
  double minimum = std::numeric_limits<double>::infinity();
  double maximum = -minimum;
  std::array<std::int64_t, 3> index{};
  index[n] = roi.slice;
  for (std::int64_t iv = first(v, roi.radius_v); iv <= last(v, roi.radius_v); ++iv) {
    for (std::int64_t iu = first(u, roi.radius_u); iu <= last(u, roi.radius_u); ++iu) {
      const double du = (static_cast<double>(iu) - roi.center[u]) / roi.radius_u;
      const double dv = (static_cast<double>(iv) - roi.center[v]) / roi.radius_v;
      if (du * du + dv * dv > 1.0) continue;
      index[u] = iu;
      index[v] = iv;
      const double value = stored_to_display_value(volume, volume.at(index[0], index[1], index[2]));
      ++statistics.voxel_count;
      const double delta = value - mean;
      mean += delta / static_cast<double>(statistics.voxel_count);
      m2 += delta * (value - mean);
      minimum = std::min(minimum, value);
      maximum = std::max(maximum, value);
    }
  }
  if (statistics.voxel_count == 0) return statistics;
  statistics.mean = mean;
  statistics.standard_deviation =
      statistics.voxel_count > 1 ? std::sqrt(m2 / static_cast<double>(statistics.voxel_count - 1)) : 0.0;
  statistics.minimum = minimum;
  statistics.maximum = maximum;
  statistics.area_mm2 = static_cast<double>(statistics.voxel_count) * volume.spacing[u] * volume.spacing[v];
  return statistics;
}

MeasurementModel::MeasurementModel(ViewerModel* viewer, QObject* parent)
    : QObject(parent), viewer_(viewer) {
  connect(viewer_, &ViewerModel::volumeChanged, this, &MeasurementModel::clear);
}

int MeasurementModel::addDistance(const VoxelPoint& start, const VoxelPoint& end, int normal_axis) {
  if (!viewer_->hasVolume()) return -1;
  DistanceMeasurement distance{start, end, normal_axis, physical_distance_mm(*viewer_->volume(), start, end)};
  distances_.push_back(distance);
  emit measurementsChanged();
  return static_cast<int>(distances_.size()) - 1;
}

int MeasurementModel::addEllipse(const VoxelPoint& corner_a, const VoxelPoint& corner_b, int normal_axis) {
  if (!viewer_->hasVolume()) return -1;
  const auto [u, v] = in_plane_axes(normal_axis);
  EllipseRoi roi;
  roi.normal_axis = normal_axis;
  roi.slice = static_cast<int>(std::lround(corner_a[static_cast<std::size_t>(normal_axis)]));
  for (std::size_t axis = 0; axis < 3; ++axis) roi.center[axis] = (corner_a[axis] + corner_b[axis]) / 2.0;
  roi.center[static_cast<std::size_t>(normal_axis)] = roi.slice;
  roi.radius_u = std::abs(corner_a[static_cast<std::size_t>(u)] - corner_b[static_cast<std::size_t>(u)]) / 2.0;
  roi.radius_v = std::abs(corner_a[static_cast<std::size_t>(v)] - corner_b[static_cast<std::size_t>(v)]) / 2.0;
  roi.statistics = ellipse_statistics(*viewer_->volume(), roi);
  regions_.push_back(roi);
  emit measurementsChanged();
  return static_cast<int>(regions_.size()) - 1;
}

void MeasurementModel::removeDistance(int index) {
  if (index < 0 || index >= static_cast<int>(distances_.size())) return;
  distances_.erase(distances_.begin() + index);
  emit measurementsChanged();
}

void MeasurementModel::removeRegion(int index) {
  if (index < 0 || index >= static_cast<int>(regions_.size())) return;
  regions_.erase(regions_.begin() + index);
  emit measurementsChanged();
}

void MeasurementModel::clear() {
  if (distances_.empty() && regions_.empty()) return;
  distances_.clear();
  regions_.clear();
  emit measurementsChanged();
}

}  // namespace ctlite::widgets
