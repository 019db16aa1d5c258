#pragma once
// Controls of the PCA overlay: show/hide, opacity, and the colour legend explaining what the
// colours mean (the first three principal components of the encoder's features).

#include <QWidget>

class QCheckBox;
class QLabel;
class QSlider;

namespace ctlite::widgets {

class OverlayModel;

class OverlayPanel : public QWidget {
  Q_OBJECT

 public:
  explicit OverlayPanel(OverlayModel* model, QWidget* parent = nullptr);

 private:
  void syncFromModel();

  OverlayModel* model_;
  QCheckBox* visible_ = nullptr;
  QSlider* opacity_ = nullptr;
  QLabel* opacity_value_ = nullptr;
  QLabel* source_ = nullptr;
  QWidget* legend_ = nullptr;
};

}  // namespace ctlite::widgets
