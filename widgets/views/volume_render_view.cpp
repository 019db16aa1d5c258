#include "widgets/views/volume_render_view.h"

#include <QMouseEvent>
#include <QPainter>

#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkImageData.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkPiecewiseFunction.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include "widgets/models/slice_axes.h"
#include "widgets/views/annotation_painter.h"
#include "widgets/views/slice_view.h"
#include "widgets/vtk/volume_image.h"

namespace ctlite::widgets {

namespace {

// Chest preset in HU: air and fat invisible, lung parenchyma a faint blue haze so the lungs
// read as volumes, soft tissue barely there, bone opaque ivory.
vtkSmartPointer<vtkVolumeProperty> chest_volume_property() {
  auto opacity = vtkSmartPointer<vtkPiecewiseFunction>::New();
  opacity->AddPoint(-1024.0, 0.0);
  opacity->AddPoint(-950.0, 0.0);
  opacity->AddPoint(-850.0, 0.012);
  opacity->AddPoint(-500.0, 0.0);
  opacity->AddPoint(-100.0, 0.0);
  opacity->AddPoint(40.0, 0.015);
  opacity->AddPoint(150.0, 0.0);
  opacity->AddPoint(250.0, 0.25);
  opacity->AddPoint(700.0, 0.85);
  opacity->AddPoint(3000.0, 0.95);
  auto colour = vtkSmartPointer<vtkColorTransferFunction>::New();
  colour->AddRGBPoint(-1024.0, 0.0, 0.0, 0.0);
  colour->AddRGBPoint(-850.0, 0.45, 0.62, 0.85);
  colour->AddRGBPoint(-500.0, 0.55, 0.65, 0.80);
  colour->AddRGBPoint(40.0, 0.80, 0.45, 0.40);
  colour->AddRGBPoint(250.0, 0.90, 0.82, 0.66);
  colour->AddRGBPoint(700.0, 1.00, 0.97, 0.90);
  colour->AddRGBPoint(3000.0, 1.00, 1.00, 1.00);
  auto property = vtkSmartPointer<vtkVolumeProperty>::New();
  property->SetScalarOpacity(opacity);
  property->SetColor(colour);
  property->SetInterpolationTypeToLinear();
  property->ShadeOn();
  property->SetAmbient(0.25);
  property->SetDiffuse(0.75);
  property->SetSpecular(0.2);
  property->SetSpecularPower(12.0);
  return property;
}

}  // namespace

VolumeRenderView::VolumeRenderView(VolumeImage* image, QWidget* parent)
    : VtkOpenGLWidget(parent),
      volume_image_(image),
      mapper_(vtkSmartPointer<vtkSmartVolumeMapper>::New()),
      volume_(vtkSmartPointer<vtkVolume>::New()) {
  setObjectName(QStringLiteral("volume-render-view"));
  renderer()->SetBackground(0.02, 0.02, 0.03);
  renderer()->SetBackground2(0.12, 0.13, 0.16);
  renderer()->GradientBackgroundOn();
  volume_->SetMapper(mapper_);
  volume_->SetProperty(chest_volume_property());
  // A still frame may take its time on the CPU; interaction drops the sample rate.
  mapper_->SetInteractiveUpdateRate(8.0);
  auto style = vtkSmartPointer<vtkInteractorStyleTrackballCamera>::New();
  interactor()->SetInteractorStyle(style);
  setInteractorForwarding(true);
  connect(volume_image_, &VolumeImage::imageChanged, this, &VolumeRenderView::rebuild);
  rebuild();
}

VolumeRenderView::~VolumeRenderView() = default;

void VolumeRenderView::rebuild() {
  renderer()->RemoveVolume(volume_);
  if (vtkImageData* image = volume_image_->image()) {
    mapper_->SetInputData(image);
    renderer()->AddVolume(volume_);
  }
  camera_needs_reset_ = true;
  requestRender();
}

void VolumeRenderView::resetCamera() {
  camera_needs_reset_ = true;
  requestRender();
}

void VolumeRenderView::prepareRender() {
  if (!cpu_ray_casting_ && isSoftwareRenderer()) {
    mapper_->SetRequestedRenderModeToRayCast();
    cpu_ray_casting_ = true;
  }
  if (!camera_needs_reset_ || volume_image_->image() == nullptr) return;
  camera_needs_reset_ = false;
  // Seen from the front like a coronal slice: patient right on screen left, head up.
  const auto& direction = volume_image_->viewer()->volume()->direction;
  const SliceAxes axes = slice_axes(direction, ViewOrientation::Coronal);
  double right[3] = {0, 0, 0}, up[3] = {0, 0, 0};
  right[axes.right_axis] = axes.right_sign;
  up[axes.down_axis] = -axes.down_sign;
  const double projection[3] = {up[1] * right[2] - up[2] * right[1], up[2] * right[0] - up[0] * right[2],
                                up[0] * right[1] - up[1] * right[0]};
  vtkCamera* camera = renderer()->GetActiveCamera();
  camera->ParallelProjectionOff();
  camera->SetFocalPoint(0.0, 0.0, 0.0);
  camera->SetPosition(-projection[0], -projection[1], -projection[2]);
  camera->SetViewUp(up);
  renderer()->ResetCamera();
  camera->Zoom(1.3);
}

void VolumeRenderView::paintOverlay(QPainter& painter) {
  AnnotationPainter text(painter, rect());
  if (volume_image_->image() == nullptr) {
    text.centred(tr("No image loaded"), QColor(150, 150, 150));
    return;
  }
  text.corner(Qt::AlignTop | Qt::AlignLeft,
              {tr("3D"), cpu_ray_casting_ ? tr("CPU ray casting") : tr("GPU ray casting")},
              QColor(150, 190, 255));
  painter.save();
  QColor frame(150, 190, 255);
  if (!hasFocus()) frame.setAlpha(90);
  painter.setPen(QPen(frame, hasFocus() ? 2.0 : 1.0));
  painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -1.0, -1.0));
  painter.restore();
}

void VolumeRenderView::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton) emit maximiseToggled();
}

void VolumeRenderView::focusInEvent(QFocusEvent* event) {
  emit focused();
  update();
  VtkOpenGLWidget::focusInEvent(event);
}

void VolumeRenderView::focusOutEvent(QFocusEvent* event) {
  update();
  VtkOpenGLWidget::focusOutEvent(event);
}

}  // namespace ctlite::widgets
