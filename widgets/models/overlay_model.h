#pragma once
// The PCA feature-map overlay the engine returns: an RGB(A) volume on its own grid, shown over
// the MPR views with an opacity. No VTK here; the views turn the data into textures.

#include <QObject>
#include <QString>
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace ctlite::widgets {

struct RgbaOverlayVolume {
  std::array<int, 3> dims{0, 0, 0};
  std::array<double, 3> spacing{1.0, 1.0, 1.0};
  std::array<double, 3> origin{0.0, 0.0, 0.0};  // data coordinates of voxel (0,0,0)
  // Row-major 4x4: data coordinates (origin + index * spacing) -> LPS mm.
  std::array<double, 16> data_to_lps{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
  std::vector<std::uint8_t> rgba;  // 4 bytes per voxel, x fastest
  QString source_path;
};

using OverlayPtr = std::shared_ptr<const RgbaOverlayVolume>;

class OverlayModel : public QObject {
  Q_OBJECT

 public:
  explicit OverlayModel(QObject* parent = nullptr);

  const OverlayPtr& overlay() const { return overlay_; }
  bool hasOverlay() const { return overlay_ != nullptr; }
  void setOverlay(OverlayPtr overlay);
  void clear() { setOverlay(nullptr); }

  bool isVisible() const { return visible_; }
  void setVisible(bool visible);
  double opacity() const { return opacity_; }  // 0..1
  void setOpacity(double opacity);

 signals:
  void overlayChanged();
  void displayChanged();  // visibility or opacity

 private:
  OverlayPtr overlay_;
  bool visible_ = true;
  double opacity_ = 0.45;
};

}  // namespace ctlite::widgets
