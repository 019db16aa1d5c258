#include "widgets/models/overlay_model.h"

#include <algorithm>
#include <cmath>

namespace ctlite::widgets {

OverlayModel::OverlayModel(QObject* parent) : QObject(parent) {}

void OverlayModel::setOverlay(OverlayPtr overlay) {
  overlay_ = std::move(overlay);
  emit overlayChanged();
}

void OverlayModel::setVisible(bool visible) {
  if (visible == visible_) return;
  visible_ = visible;
  emit displayChanged();
}

void OverlayModel::setOpacity(double opacity) {
  if (!std::isfinite(opacity)) return;
  const double clamped = std::clamp(opacity, 0.0, 1.0);
  if (clamped == opacity_) return;
  opacity_ = clamped;
  emit displayChanged();
}

}  // namespace ctlite::widgets
