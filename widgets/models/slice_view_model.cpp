#include "widgets/models/slice_view_model.h"

#include <algorithm>
#include <cmath>

namespace ctlite::widgets {

SliceViewModel::SliceViewModel(ViewerModel* viewer, ViewOrientation orientation, QObject* parent)
    : QObject(parent), viewer_(viewer), orientation_(orientation) {
  connect(viewer_, &ViewerModel::volumeChanged, this, &SliceViewModel::onVolumeChanged);
  connect(viewer_, &ViewerModel::crosshairChanged, this, [this] {
    const int slice = sliceIndex();
    if (slice != last_slice_) {
      last_slice_ = slice;
      emit sliceChanged();
    }
  });
  onVolumeChanged();
}

void SliceViewModel::onVolumeChanged() {
  axes_ = viewer_->hasVolume() ? slice_axes(viewer_->volume()->direction, orientation_) : SliceAxes{};
  zoom_ = 1.0;
  pan_ = {0.0, 0.0};
  last_slice_ = sliceIndex();
  emit geometryChanged();
  emit cameraChanged();
  emit sliceChanged();
}

EdgeLabels SliceViewModel::edgeLabels() const {
  if (!viewer_->hasVolume()) return {};
  return edge_labels(viewer_->volume()->direction, axes_);
}

int SliceViewModel::sliceIndex() const {
  if (!viewer_->hasVolume()) return 0;
  return static_cast<int>(std::lround(viewer_->crosshairVoxel()[static_cast<std::size_t>(axes_.normal_axis)]));
}

int SliceViewModel::sliceCount() const {
  if (!viewer_->hasVolume()) return 0;
  return static_cast<int>(viewer_->volume()->dims[static_cast<std::size_t>(axes_.normal_axis)]);
}

void SliceViewModel::setSliceIndex(int index) {
  if (!viewer_->hasVolume()) return;
  VoxelPoint crosshair = viewer_->crosshairVoxel();
  crosshair[static_cast<std::size_t>(axes_.normal_axis)] =
      std::clamp(index, 0, std::max(0, sliceCount() - 1));
  viewer_->setCrosshairVoxel(crosshair);
}

void SliceViewModel::stepSlices(int delta) { setSliceIndex(sliceIndex() + delta); }

double SliceViewModel::slicePositionMm() const {
  if (!viewer_->hasVolume()) return 0.0;
  VoxelPoint point = viewer_->crosshairVoxel();
  point[static_cast<std::size_t>(axes_.normal_axis)] = sliceIndex();
  const std::array<double, 3> lps = viewer_->volume()->index_to_physical(point);
  // The LPS axis this view's normal follows: axial -> S (z), coronal -> P (y), sagittal -> L (x).
  switch (orientation_) {
    case ViewOrientation::Axial: return lps[2];
    case ViewOrientation::Coronal: return lps[1];
    case ViewOrientation::Sagittal: return lps[0];
  }
  return lps[2];
}

void SliceViewModel::setZoom(double zoom) {
  if (!std::isfinite(zoom)) return;
  const double clamped = std::clamp(zoom, kMinimumZoom, kMaximumZoom);
  if (clamped == zoom_) return;
  zoom_ = clamped;
  emit cameraChanged();
}

void SliceViewModel::setPan(const QPointF& pan_mm) {
  if (!std::isfinite(pan_mm.x()) || !std::isfinite(pan_mm.y()) || pan_mm == pan_) return;
  pan_ = pan_mm;
  emit cameraChanged();
}

void SliceViewModel::resetCamera() {
  zoom_ = 1.0;
  pan_ = {0.0, 0.0};
  emit cameraChanged();
}

QPointF SliceViewModel::sliceExtentMm() const {
  if (!viewer_->hasVolume()) return {1.0, 1.0};
  const core::Volume& volume = *viewer_->volume();
  const auto extent = [&](int axis) {
    const auto a = static_cast<std::size_t>(axis);
    return static_cast<double>(volume.dims[a]) * volume.spacing[a];
  };
  return {extent(axes_.right_axis), extent(axes_.down_axis)};
}

QPointF SliceViewModel::voxelToPlaneMm(const VoxelPoint& voxel) const {
  if (!viewer_->hasVolume()) return {};
  const core::Volume& volume = *viewer_->volume();
  const auto along = [&](int axis, int sign) {
    const auto a = static_cast<std::size_t>(axis);
    const double centred = voxel[a] - static_cast<double>(volume.dims[a] - 1) / 2.0;
    return sign * centred * volume.spacing[a];
  };
  return {along(axes_.right_axis, axes_.right_sign), along(axes_.down_axis, axes_.down_sign)};
}

VoxelPoint SliceViewModel::planeMmToVoxel(const QPointF& plane_mm) const {
  VoxelPoint voxel = viewer_->crosshairVoxel();
  if (!viewer_->hasVolume()) return voxel;
  const core::Volume& volume = *viewer_->volume();
  const auto index = [&](int axis, int sign, double mm) {
    const auto a = static_cast<std::size_t>(axis);
    return sign * mm / volume.spacing[a] + static_cast<double>(volume.dims[a] - 1) / 2.0;
  };
  voxel[static_cast<std::size_t>(axes_.right_axis)] = index(axes_.right_axis, axes_.right_sign, plane_mm.x());
  voxel[static_cast<std::size_t>(axes_.down_axis)] = index(axes_.down_axis, axes_.down_sign, plane_mm.y());
  voxel[static_cast<std::size_t>(axes_.normal_axis)] = sliceIndex();
  return voxel;
}

}  // namespace ctlite::widgets
