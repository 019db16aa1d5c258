#pragma once
// One MPR plane (axial, coronal or sagittal) of the current volume with its annotations:
// reference lines of the other two planes, orientation letters, scale bar, slice position,
// window and the value under the cursor, measurements and the PCA overlay.
//
// Mouse conventions follow OHIF: left drag = window/level, middle drag = pan, right drag = zoom,
// wheel = scroll slices; a left click (no drag) or Shift+left drag moves the crosshair.

#include <QPointF>
#include <optional>

#include <vtkSmartPointer.h>

#include "widgets/models/measurement_model.h"
#include "widgets/models/overlay_model.h"
#include "widgets/models/slice_view_model.h"
#include "widgets/vtk/vtk_opengl_widget.h"

class vtkImageData;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkImageResliceMapper;
class vtkImageStack;

namespace ctlite::widgets {

class VolumeImage;

enum class SliceInteraction { Navigate, MeasureDistance, MeasureEllipse };

// Where a finding's evidence lies, drawn as a ring on the views whose slice contains it.
struct EvidenceMarker {
  VoxelPoint voxel{};
  QString label;
};

class SliceView : public VtkOpenGLWidget {
  Q_OBJECT

 public:
  SliceView(SliceViewModel* model, VolumeImage* image, OverlayModel* overlay,
            MeasurementModel* measurements, QWidget* parent = nullptr);
  ~SliceView() override;

  SliceViewModel* model() const { return model_; }
  void setInteraction(SliceInteraction interaction);
  void setEvidenceMarker(std::optional<EvidenceMarker> marker);
  // Shows patient and study lines in the top-right corner (one view per layout does).
  void setShowsStudyInformation(bool shows);

  // Widget pixel <-> slice-plane mm (screen right / screen down from the slice centre).
  QPointF planeToWidget(const QPointF& plane_mm) const;
  QPointF widgetToPlane(const QPointF& widget_point) const;
  double pixelsPerMm() const;

  // The colour that identifies this plane in reference lines and its border.
  static QColor planeColor(ViewOrientation orientation);

 signals:
  // "x, y, z  value HU" of the voxel under the mouse; empty when the mouse left the image.
  void cursorInformationChanged(const QString& text);
  void maximiseToggled();
  void focused();

 protected:
  void prepareRender() override;
  void paintOverlay(QPainter& painter) override;

  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void focusInEvent(QFocusEvent* event) override;
  void focusOutEvent(QFocusEvent* event) override;

 private:
  enum class Drag { None, WindowLevel, Pan, Zoom, Crosshair, Measure };

  void rebuildPipeline();
  void rebuildOverlay();
  void updateCamera();
  void updateWindowLevel();
  void updateOverlayDisplay();
  void updateCursorInformation(const QPointF& widget_point);
  void onCrosshairChanged();
  VoxelPoint widgetToVoxel(const QPointF& widget_point) const;
  QPointF voxelToWidget(const VoxelPoint& voxel) const;
  bool voxelOnThisSlice(const VoxelPoint& voxel) const;

  void paintReferenceLines(QPainter& painter);
  void paintOrientationLabels(QPainter& painter) const;
  void paintCornerText(QPainter& painter) const;
  void paintScaleBar(QPainter& painter) const;
  void paintMeasurements(QPainter& painter) const;
  void paintEvidenceMarker(QPainter& painter) const;
  void paintFrame(QPainter& painter) const;

  SliceViewModel* model_;
  VolumeImage* volume_image_;
  OverlayModel* overlay_;
  MeasurementModel* measurements_;

  vtkSmartPointer<vtkImageStack> stack_;
  vtkSmartPointer<vtkImageSlice> slice_;
  vtkSmartPointer<vtkImageSliceMapper> slice_mapper_;
  vtkSmartPointer<vtkImageSlice> overlay_slice_;
  vtkSmartPointer<vtkImageResliceMapper> overlay_mapper_;
  vtkSmartPointer<vtkImageData> overlay_image_;

  SliceInteraction interaction_ = SliceInteraction::Navigate;
  Drag drag_ = Drag::None;
  QPointF press_point_;
  QPointF last_point_;
  bool dragged_ = false;
  VoxelPoint measure_start_{};
  VoxelPoint measure_end_{};
  std::optional<EvidenceMarker> marker_;
  bool shows_study_information_ = false;
  QString cursor_text_;
  // Where the reference lines cross in the image on screen now (widget pixels).
  std::optional<QPointF> painted_crosshair_;
};

}  // namespace ctlite::widgets
