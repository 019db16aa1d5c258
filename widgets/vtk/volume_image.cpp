#include "widgets/vtk/volume_image.h"

#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkPointData.h>

namespace ctlite::widgets {

vtkSmartPointer<vtkImageData> borrow_volume_as_image(const core::Volume& volume) {
  auto scalars = vtkSmartPointer<vtkFloatArray>::New();
  scalars->SetName("voxels");
  // VTK's array API takes a mutable pointer; CT-Lite's views only ever read it. save = 1: the
  // array must not free memory that belongs to the Volume.
  scalars->SetArray(const_cast<float*>(volume.voxels.data()),
                    static_cast<vtkIdType>(volume.voxels.size()), 1);
  auto image = vtkSmartPointer<vtkImageData>::New();
  image->SetDimensions(static_cast<int>(volume.dims[0]), static_cast<int>(volume.dims[1]),
                       static_cast<int>(volume.dims[2]));
  image->SetSpacing(volume.spacing[0], volume.spacing[1], volume.spacing[2]);
  image->SetOrigin(0.0, 0.0, 0.0);
  image->GetPointData()->SetScalars(scalars);
  return image;
}

VolumeImage::VolumeImage(ViewerModel* viewer, QObject* parent) : QObject(parent), viewer_(viewer) {
  connect(viewer_, &ViewerModel::volumeChanged, this, &VolumeImage::rebuild);
  rebuild();
}

VolumeImage::~VolumeImage() = default;

void VolumeImage::rebuild() {
  volume_ = viewer_->hasVolume() ? viewer_->volume() : nullptr;
  image_ = volume_ ? borrow_volume_as_image(*volume_) : nullptr;
  emit imageChanged();
}

vtkSmartPointer<vtkMatrix4x4> VolumeImage::lpsToWorld() const {
  auto matrix = vtkSmartPointer<vtkMatrix4x4>::New();
  if (!volume_) return matrix;
  // index_to_physical: lps = origin + D * S * index, so world = S * index = D^T (lps - origin)
  // when D is orthonormal; the general inverse keeps slightly skewed scanner matrices exact.
  auto index_to_lps = vtkSmartPointer<vtkMatrix4x4>::New();
  for (int row = 0; row < 3; ++row) {
    for (int axis = 0; axis < 3; ++axis)
      index_to_lps->SetElement(row, axis, volume_->direction[static_cast<std::size_t>(row * 3 + axis)]);
    index_to_lps->SetElement(row, 3, volume_->origin[static_cast<std::size_t>(row)]);
  }
  // index_to_lps now maps world (= S * index) to LPS, since D acts on S * index.
  vtkMatrix4x4::Invert(index_to_lps, matrix);
  return matrix;
}

}  // namespace ctlite::widgets
