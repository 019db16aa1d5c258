#pragma once
// The VTK image of the viewer's current volume, shared by every view (three MPR planes and the
// 3D view): one vtkImageData that borrows the Volume's voxel buffer instead of copying 300 MB.
//
// World coordinates of every CT-Lite VTK scene are voxel index * spacing (origin 0, no rotation);
// each view orients its camera from the volume's direction matrix (see models/slice_axes.h).
// There is no ITKVtkGlue on Debian, and VTK 9.1's slice mappers ignore vtkImageData's direction
// matrix, so the direction is applied by the cameras and the overlay transform instead.

#include <QObject>

#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkSmartPointer.h>

#include "widgets/models/viewer_model.h"


namespace ctlite::widgets {

class VolumeImage : public QObject {
  Q_OBJECT

 public:
  explicit VolumeImage(ViewerModel* viewer, QObject* parent = nullptr);
  ~VolumeImage() override;

  // Null while no volume is loaded.
  vtkImageData* image() const { return image_; }
  ViewerModel* viewer() const { return viewer_; }

  // 4x4 taking LPS mm to this scene's world coordinates (voxel index * spacing).
  vtkSmartPointer<vtkMatrix4x4> lpsToWorld() const;

 signals:
  void imageChanged();

 private:
  void rebuild();

  ViewerModel* viewer_;
  VolumePtr volume_;  // keeps the borrowed voxel buffer alive as long as the image uses it
  vtkSmartPointer<vtkImageData> image_;
};

// A vtkImageData sharing `volume`'s voxels (read-only by contract); the caller keeps `volume`
// alive for the image's lifetime.
vtkSmartPointer<vtkImageData> borrow_volume_as_image(const core::Volume& volume);

}  // namespace ctlite::widgets
