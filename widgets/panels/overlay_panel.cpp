#include "widgets/panels/overlay_panel.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

#include "widgets/models/overlay_model.h"

namespace ctlite::widgets {

namespace {

QLabel* swatch(const QColor& colour, QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setFixedSize(14, 14);
  label->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #888;").arg(colour.name()));
  return label;
}

}  // namespace

OverlayPanel::OverlayPanel(OverlayModel* model, QWidget* parent) : QWidget(parent), model_(model) {
  setObjectName(QStringLiteral("overlay-panel"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);

  visible_ = new QCheckBox(tr("Show PCA feature overlay"), this);
  connect(visible_, &QCheckBox::toggled, model_, &OverlayModel::setVisible);
  layout->addWidget(visible_);

  auto* opacity_row = new QHBoxLayout;
  opacity_row->addWidget(new QLabel(tr("Opacity"), this));
  opacity_ = new QSlider(Qt::Horizontal, this);
  opacity_->setRange(0, 100);
  opacity_value_ = new QLabel(this);
  opacity_value_->setMinimumWidth(36);
  connect(opacity_, &QSlider::valueChanged, this, [this](int value) { model_->setOpacity(value / 100.0); });
  opacity_row->addWidget(opacity_, 1);
  opacity_row->addWidget(opacity_value_);
  layout->addLayout(opacity_row);

  legend_ = new QWidget(this);
  auto* legend = new QGridLayout(legend_);
  legend->setContentsMargins(0, 4, 0, 0);
  legend->addWidget(swatch(QColor(230, 40, 40), legend_), 0, 0);
  legend->addWidget(new QLabel(tr("Red: 1st principal component"), legend_), 0, 1);
  legend->addWidget(swatch(QColor(40, 200, 60), legend_), 1, 0);
  legend->addWidget(new QLabel(tr("Green: 2nd principal component"), legend_), 1, 1);
  legend->addWidget(swatch(QColor(50, 90, 235), legend_), 2, 0);
  legend->addWidget(new QLabel(tr("Blue: 3rd principal component"), legend_), 2, 1);
  auto* explanation = new QLabel(
      tr("Regions with similar colours have similar encoder features. The overlay shows what the "
         "model attends to; it is not a segmentation."),
      legend_);
  explanation->setWordWrap(true);
  explanation->setStyleSheet(QStringLiteral("color: #a8abb3;"));
  legend->addWidget(explanation, 3, 0, 1, 2);
  layout->addWidget(legend_);

  source_ = new QLabel(this);
  source_->setWordWrap(true);
  source_->setStyleSheet(QStringLiteral("color: #a8abb3;"));
  layout->addWidget(source_);
  layout->addStretch(1);

  connect(model_, &OverlayModel::overlayChanged, this, &OverlayPanel::syncFromModel);
  connect(model_, &OverlayModel::displayChanged, this, &OverlayPanel::syncFromModel);
  syncFromModel();
}

void OverlayPanel::syncFromModel() {
  const QSignalBlocker block_visible(visible_);
  const QSignalBlocker block_opacity(opacity_);
  const bool has = model_->hasOverlay();
  visible_->setEnabled(has);
  opacity_->setEnabled(has);
  legend_->setEnabled(has);
  visible_->setChecked(model_->isVisible());
  const int percent = static_cast<int>(std::lround(model_->opacity() * 100.0));
  opacity_->setValue(percent);
  opacity_value_->setText(QStringLiteral("%1 %").arg(percent));
  source_->setText(has ? tr("Source: %1").arg(QFileInfo(model_->overlay()->source_path).fileName())
                       : tr("No overlay yet: run CT-Lite to compute one."));
}

}  // namespace ctlite::widgets
