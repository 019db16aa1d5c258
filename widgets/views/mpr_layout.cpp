#include "widgets/views/mpr_layout.h"

#include <QGridLayout>

#include "widgets/views/slice_view.h"
#include "widgets/views/volume_render_view.h"
#include "widgets/vtk/volume_image.h"

namespace ctlite::widgets {

const char* layout_id(ViewerLayout layout) {
  switch (layout) {
    case ViewerLayout::Grid: return "grid";
    case ViewerLayout::AxialFocus: return "axial-focus";
    case ViewerLayout::Slices: return "slices";
  }
  return "grid";
}

std::optional<ViewerLayout> layout_from_id(const QString& id) {
  for (ViewerLayout layout : {ViewerLayout::Grid, ViewerLayout::AxialFocus, ViewerLayout::Slices})
    if (id == QLatin1String(layout_id(layout))) return layout;
  return std::nullopt;
}

MprLayout::MprLayout(ViewerModel* viewer, OverlayModel* overlay, MeasurementModel* measurements,
                     QWidget* parent)
    : QWidget(parent), volume_image_(new VolumeImage(viewer, this)) {
  for (int i = 0; i < 3; ++i) {
    models_[static_cast<std::size_t>(i)] = new SliceViewModel(viewer, static_cast<ViewOrientation>(i), this);
    auto* view = new SliceView(models_[static_cast<std::size_t>(i)], volume_image_, overlay, measurements, this);
    slice_views_[static_cast<std::size_t>(i)] = view;
    connect(view, &SliceView::cursorInformationChanged, this, &MprLayout::cursorInformationChanged);
    connect(view, &SliceView::maximiseToggled, this, [this, i] { setMaximisedView(maximised_ == i ? -1 : i); });
    connect(view, &SliceView::focused, this, [this, i] { active_ = i; });
  }
  slice_views_[0]->setShowsStudyInformation(true);
  volume_view_ = new VolumeRenderView(volume_image_, this);
  connect(volume_view_, &VolumeRenderView::maximiseToggled, this, [this] { setMaximisedView(maximised_ == 3 ? -1 : 3); });
  connect(volume_view_, &VolumeRenderView::focused, this, [this] { active_ = 3; });

  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(0, 0, 0, 0);
  grid_->setSpacing(2);
  setStyleSheet(QStringLiteral("background: #101114;"));
  arrange();
}

MprLayout::~MprLayout() = default;

SliceView* MprLayout::sliceView(ViewOrientation orientation) const {
  return slice_views_[static_cast<std::size_t>(orientation)];
}

SliceViewModel* MprLayout::sliceModel(ViewOrientation orientation) const {
  return models_[static_cast<std::size_t>(orientation)];
}

SliceView* MprLayout::activeSliceView() const {
  return slice_views_[static_cast<std::size_t>(active_ < 3 ? active_ : 0)];
}

QWidget* MprLayout::viewAt(int index) const {
  if (index == 3) return volume_view_;
  return slice_views_[static_cast<std::size_t>(index)];
}

void MprLayout::setLayout(ViewerLayout layout) {
  layout_ = layout;
  maximised_ = -1;
  arrange();
  emit layoutChanged();
}

void MprLayout::setMaximisedView(int index) {
  maximised_ = (index >= 0 && index <= 3) ? index : -1;
  arrange();
  if (maximised_ >= 0) viewAt(maximised_)->setFocus();
  emit layoutChanged();
}

void MprLayout::toggleMaximiseActive() { setMaximisedView(maximised_ >= 0 ? -1 : active_); }

void MprLayout::arrange() {
  for (int i = 0; i < 4; ++i) {
    grid_->removeWidget(viewAt(i));
    viewAt(i)->hide();
  }
  for (int row = 0; row < 3; ++row) grid_->setRowStretch(row, 0);
  for (int column = 0; column < 3; ++column) grid_->setColumnStretch(column, 0);
  const auto place = [&](int index, int row, int column, int row_span = 1, int column_span = 1) {
    grid_->addWidget(viewAt(index), row, column, row_span, column_span);
    viewAt(index)->show();
  };
  if (maximised_ >= 0) {
    place(maximised_, 0, 0);
    grid_->setRowStretch(0, 1);
    grid_->setColumnStretch(0, 1);
    return;
  }
  switch (layout_) {
    case ViewerLayout::Grid:
      place(0, 0, 0);
      place(1, 0, 1);
      place(2, 1, 0);
      place(3, 1, 1);
      grid_->setRowStretch(0, 1);
      grid_->setRowStretch(1, 1);
      grid_->setColumnStretch(0, 1);
      grid_->setColumnStretch(1, 1);
      break;
    case ViewerLayout::AxialFocus:
      place(0, 0, 0, 3, 1);
      place(1, 0, 1);
      place(2, 1, 1);
      place(3, 2, 1);
      for (int row = 0; row < 3; ++row) grid_->setRowStretch(row, 1);
      grid_->setColumnStretch(0, 2);
      grid_->setColumnStretch(1, 1);
      break;
    case ViewerLayout::Slices:
      place(0, 0, 0);
      place(1, 0, 1);
      place(2, 0, 2);
      grid_->setRowStretch(0, 1);
      for (int column = 0; column < 3; ++column) grid_->setColumnStretch(column, 1);
      break;
  }
}

void MprLayout::setInteraction(SliceInteraction interaction) {
  for (SliceView* view : slice_views_) view->setInteraction(interaction);
}

void MprLayout::setEvidenceMarker(const std::optional<EvidenceMarker>& marker) {
  for (SliceView* view : slice_views_) view->setEvidenceMarker(marker);
}

void MprLayout::resetViews() {
  for (SliceViewModel* model : models_) model->resetCamera();
  volume_view_->resetCamera();
}

}  // namespace ctlite::widgets
