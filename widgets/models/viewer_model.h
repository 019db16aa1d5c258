#pragma once
// The state every view of one study shares: the volume, the crosshair and the display window.
// A presenter model in the ITK-SNAP sense: no widgets, testable without a display.

#include <QObject>
#include <array>
#include <memory>

#include "core/volume/volume.h"
#include "widgets/models/window_level.h"

namespace ctlite::widgets {

using VolumePtr = std::shared_ptr<const core::Volume>;
using VoxelPoint = std::array<double, 3>;  // continuous voxel index (x, y, z)

class ViewerModel : public QObject {
  Q_OBJECT

 public:
  explicit ViewerModel(QObject* parent = nullptr);

  // Replaces the volume: the crosshair goes to the volume's centre and the window to the default
  // for its unit (Lung for CT, a percentile window for uncalibrated data).
  void setVolume(VolumePtr volume);
  const VolumePtr& volume() const { return volume_; }
  bool hasVolume() const { return volume_ != nullptr && volume_->voxel_count() > 0; }

  VoxelPoint crosshairVoxel() const { return crosshair_; }
  std::array<double, 3> crosshairPhysical() const;  // LPS mm
  // Clamped to the grid; emits crosshairChanged only when the point moved.
  void setCrosshairVoxel(const VoxelPoint& voxel);

  // Display value (HU for CT and for 8-bit lung-window stacks) of the nearest voxel; NaN outside.
  double valueAt(const VoxelPoint& voxel) const;
  bool valuesAreHounsfield() const;

  // The window in display units (HU where valuesAreHounsfield()).
  WindowLevel windowLevel() const { return window_; }
  WindowPreset windowPreset() const { return preset_; }
  void setWindowLevel(const WindowLevel& window);
  void applyPreset(WindowPreset preset);
  // The window in the units stored in Volume::voxels (what the renderer maps to gray).
  WindowLevel storedWindowLevel() const;

 signals:
  void volumeChanged();
  void crosshairChanged();
  void windowLevelChanged();

 private:
  VolumePtr volume_;
  VoxelPoint crosshair_{0.0, 0.0, 0.0};
  WindowLevel window_ = window_presets().front().window;
  WindowPreset preset_ = WindowPreset::Lung;
};

// Voxel values at the 1st and 99th percentile (sampled): a sensible window for data without HU.
WindowLevel percentile_window(const core::Volume& volume);

// A stored voxel value in display units: HU for CT and for 8-bit lung-window stacks (whose gray
// levels encode their stored window), the raw value otherwise.
double stored_to_display_value(const core::Volume& volume, double stored);

// Nearest voxel of a continuous index, or false when it lies outside the grid.
bool nearest_voxel(const core::Volume& volume, const VoxelPoint& point, std::array<std::int64_t, 3>& voxel);

}  // namespace ctlite::widgets
