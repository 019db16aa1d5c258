#pragma once
// The viewing area: axial, coronal and sagittal slice views plus the 3D view, arranged in one of
// a few layouts, with one view maximisable (double-click or the maximise action).

#include <QString>
#include <QWidget>
#include <array>
#include <optional>

#include "widgets/models/slice_view_model.h"

class QGridLayout;

namespace ctlite::widgets {

class MeasurementModel;
class OverlayModel;
class SliceView;
class VolumeImage;
class VolumeRenderView;
struct EvidenceMarker;
enum class SliceInteraction;

enum class ViewerLayout {
  Grid,       // 2x2: axial | coronal / sagittal | 3D
  AxialFocus, // a large axial view beside coronal, sagittal and 3D stacked
  Slices,     // axial | coronal | sagittal in one row
};

const char* layout_id(ViewerLayout layout);  // "grid", "axial-focus", "slices"
std::optional<ViewerLayout> layout_from_id(const QString& id);

class MprLayout : public QWidget {
  Q_OBJECT

 public:
  MprLayout(ViewerModel* viewer, OverlayModel* overlay, MeasurementModel* measurements,
            QWidget* parent = nullptr);
  ~MprLayout() override;

  SliceView* sliceView(ViewOrientation orientation) const;
  SliceViewModel* sliceModel(ViewOrientation orientation) const;
  VolumeRenderView* volumeView() const { return volume_view_; }
  // The slice view that last had focus (cine and keyboard stepping act on it).
  SliceView* activeSliceView() const;

  ViewerLayout layout() const { return layout_; }
  void setLayout(ViewerLayout layout);
  // Index 0..2 = slice views in ViewOrientation order, 3 = 3D; -1 = none.
  int maximisedView() const { return maximised_; }
  void setMaximisedView(int index);
  void toggleMaximiseActive();

  void setInteraction(SliceInteraction interaction);
  void setEvidenceMarker(const std::optional<EvidenceMarker>& marker);
  void resetViews();

 signals:
  void cursorInformationChanged(const QString& text);
  void layoutChanged();

 private:
  void arrange();
  QWidget* viewAt(int index) const;

  VolumeImage* volume_image_;
  std::array<SliceViewModel*, 3> models_{};
  std::array<SliceView*, 3> slice_views_{};
  VolumeRenderView* volume_view_ = nullptr;
  QGridLayout* grid_ = nullptr;
  ViewerLayout layout_ = ViewerLayout::Grid;
  int maximised_ = -1;
  int active_ = 0;
};

}  // namespace ctlite::widgets
