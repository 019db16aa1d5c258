#pragma once
// One MPR view's own state: which plane, which slice (the crosshair's coordinate along the
// view's normal), zoom and pan. The camera is derived from this; nothing here knows VTK.

#include <QObject>
#include <QPointF>

#include "widgets/models/slice_axes.h"
#include "widgets/models/viewer_model.h"

namespace ctlite::widgets {

class SliceViewModel : public QObject {
  Q_OBJECT

 public:
  SliceViewModel(ViewerModel* viewer, ViewOrientation orientation, QObject* parent = nullptr);

  ViewerModel* viewer() const { return viewer_; }
  ViewOrientation orientation() const { return orientation_; }
  const SliceAxes& axes() const { return axes_; }
  EdgeLabels edgeLabels() const;

  int sliceIndex() const;  // 0-based, nearest to the crosshair
  int sliceCount() const;
  void setSliceIndex(int index);
  void stepSlices(int delta);
  // Position of the slice along the view's normal, LPS mm (what DICOM viewers show as "Loc").
  double slicePositionMm() const;

  // 1 = the whole slice fits the view; larger values magnify.
  double zoom() const { return zoom_; }
  void setZoom(double zoom);
  void zoomBy(double factor) { setZoom(zoom_ * factor); }
  // Pan of the view centre from the slice centre, in mm along screen right / screen down.
  QPointF pan() const { return pan_; }
  void setPan(const QPointF& pan_mm);
  void panBy(const QPointF& delta_mm) { setPan(pan_ + delta_mm); }
  void resetCamera();

  // In-plane extent of the slice in mm (screen width, screen height directions).
  QPointF sliceExtentMm() const;

  // Screen mapping helpers: a continuous voxel point <-> (right mm, down mm) in the slice plane,
  // measured from the centre of voxel 0 along the screen axes.
  QPointF voxelToPlaneMm(const VoxelPoint& voxel) const;
  VoxelPoint planeMmToVoxel(const QPointF& plane_mm) const;  // on the current slice

  static constexpr double kMinimumZoom = 0.1;
  static constexpr double kMaximumZoom = 40.0;

 signals:
  void sliceChanged();
  void cameraChanged();
  void geometryChanged();  // a new volume: axes, labels and extent changed

 private:
  void onVolumeChanged();

  ViewerModel* viewer_;
  ViewOrientation orientation_;
  SliceAxes axes_;
  int last_slice_ = -1;
  double zoom_ = 1.0;
  QPointF pan_{0.0, 0.0};
};

}  // namespace ctlite::widgets
