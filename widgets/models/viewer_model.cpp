#include "widgets/models/viewer_model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ctlite::widgets {

namespace {

// An 8-bit lung-window JPEG stack stores gray = (HU - lower) / width * 255 of its stored window.
double gray_to_hounsfield(double gray, const core::DisplayWindow& stored) {
  return stored.center - stored.width / 2.0 + gray / 255.0 * stored.width;
}
double hounsfield_to_gray(double hounsfield, const core::DisplayWindow& stored) {
  return (hounsfield - (stored.center - stored.width / 2.0)) / stored.width * 255.0;
}

}  // namespace

ViewerModel::ViewerModel(QObject* parent) : QObject(parent) {}

void ViewerModel::setVolume(VolumePtr volume) {
  volume_ = std::move(volume);
  if (hasVolume()) {
    for (std::size_t axis = 0; axis < 3; ++axis)
      crosshair_[axis] = std::floor(static_cast<double>(volume_->dims[axis] - 1) / 2.0);
    if (volume_->unit == core::IntensityUnit::Unknown) {
      window_ = percentile_window(*volume_);
      preset_ = WindowPreset::Custom;
    } else {
      window_ = window_presets().front().window;
      preset_ = WindowPreset::Lung;
    }
  } else {
    crosshair_ = {0.0, 0.0, 0.0};
  }
  emit volumeChanged();
  emit crosshairChanged();
  emit windowLevelChanged();
}

std::array<double, 3> ViewerModel::crosshairPhysical() const {
  if (!hasVolume()) return {0.0, 0.0, 0.0};
  return volume_->index_to_physical(crosshair_);
}

void ViewerModel::setCrosshairVoxel(const VoxelPoint& voxel) {
  if (!hasVolume()) return;
  VoxelPoint clamped = voxel;
  for (std::size_t axis = 0; axis < 3; ++axis) {
    const double upper = static_cast<double>(volume_->dims[axis] - 1);
    clamped[axis] = std::isfinite(voxel[axis]) ? std::clamp(voxel[axis], 0.0, upper) : crosshair_[axis];
  }
  if (clamped == crosshair_) return;
  crosshair_ = clamped;
  emit crosshairChanged();
}

bool nearest_voxel(const core::Volume& volume, const VoxelPoint& point,
                   std::array<std::int64_t, 3>& voxel) {
  for (std::size_t axis = 0; axis < 3; ++axis) {
    if (!std::isfinite(point[axis])) return false;
    const double rounded = std::floor(point[axis] + 0.5);
    if (rounded < 0.0 || rounded > static_cast<double>(volume.dims[axis] - 1)) return false;
    voxel[axis] = static_cast<std::int64_t>(rounded);
  }
  return true;
}

double ViewerModel::valueAt(const VoxelPoint& point) const {
  std::array<std::int64_t, 3> voxel{};
  if (!hasVolume() || !nearest_voxel(*volume_, point, voxel))
    return std::numeric_limits<double>::quiet_NaN();
  return stored_to_display_value(*volume_, volume_->at(voxel[0], voxel[1], voxel[2]));
}

bool ViewerModel::valuesAreHounsfield() const {
  return hasVolume() && volume_->unit != core::IntensityUnit::Unknown;
}

double stored_to_display_value(const core::Volume& volume, double stored) {
  if (volume.unit == core::IntensityUnit::WindowedGray) return gray_to_hounsfield(stored, volume.stored_window);
  return stored;
}

void ViewerModel::setWindowLevel(const WindowLevel& window) {
  WindowLevel sanitized = window;
  if (!std::isfinite(sanitized.center) || !std::isfinite(sanitized.width)) return;
  sanitized.width = std::max(sanitized.width, kMinimumWindowWidth);
  const WindowPreset preset = matching_window_preset(sanitized);
  if (sanitized == window_ && preset == preset_) return;
  window_ = sanitized;
  preset_ = preset;
  emit windowLevelChanged();
}

void ViewerModel::applyPreset(WindowPreset preset) {
  if (const WindowPresetInfo* info = find_window_preset(preset)) setWindowLevel(info->window);
}

WindowLevel ViewerModel::storedWindowLevel() const {
  if (!hasVolume() || volume_->unit != core::IntensityUnit::WindowedGray) return window_;
  const double lower = hounsfield_to_gray(window_.lower(), volume_->stored_window);
  const double upper = hounsfield_to_gray(window_.upper(), volume_->stored_window);
  return {(lower + upper) / 2.0, std::max(upper - lower, 1e-3)};
}

WindowLevel percentile_window(const core::Volume& volume) {
  const std::size_t count = volume.voxel_count();
  if (count == 0) return {0.0, 1.0};
  // ~64k samples are plenty for two percentiles and keep this instant on a 512x512x300 grid.
  const std::size_t stride = std::max<std::size_t>(1, count / 65536);
  std::vector<float> samples;
  samples.reserve(count / stride + 1);
  for (std::size_t i = 0; i < count; i += stride)
    if (std::isfinite(volume.voxels[i])) samples.push_back(volume.voxels[i]);
  if (samples.empty()) return {0.0, 1.0};
  const auto at_fraction = [&](double fraction) {
    const auto nth = samples.begin() +
                     static_cast<std::ptrdiff_t>(fraction * static_cast<double>(samples.size() - 1));
    std::nth_element(samples.begin(), nth, samples.end());
    return static_cast<double>(*nth);
  };
  const double low = at_fraction(0.01);
  const double high = at_fraction(0.99);
  return {(low + high) / 2.0, std::max(high - low, kMinimumWindowWidth)};
}

}  // namespace ctlite::widgets
