#pragma once
// The 3D view: volume rendering of the current CT with a chest preset (bone opaque, lungs as a
// faint shell), trackball rotation with the mouse.
//
// Under Mesa's llvmpipe (Xvfb, machines without a GPU) VTK's GPU ray caster takes 0.5–1.1 s per
// frame while the CPU ray caster takes ~60 ms (stack-notes.md): the renderer string decides.

#include <vtkSmartPointer.h>

#include "widgets/vtk/vtk_opengl_widget.h"

class vtkSmartVolumeMapper;
class vtkVolume;

namespace ctlite::widgets {

class VolumeImage;

class VolumeRenderView : public VtkOpenGLWidget {
  Q_OBJECT

 public:
  explicit VolumeRenderView(VolumeImage* image, QWidget* parent = nullptr);
  ~VolumeRenderView() override;

  // Anterior view, superior up, whole volume in frame.
  void resetCamera();
  // True once the mapper was told to cast rays on the CPU (software OpenGL detected).
  bool usesCpuRayCasting() const { return cpu_ray_casting_; }

 signals:
  void maximiseToggled();
  void focused();

 protected:
  void prepareRender() override;
  void paintOverlay(QPainter& painter) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void focusInEvent(QFocusEvent* event) override;
  void focusOutEvent(QFocusEvent* event) override;

 private:
  void rebuild();

  VolumeImage* volume_image_;
  vtkSmartPointer<vtkSmartVolumeMapper> mapper_;
  vtkSmartPointer<vtkVolume> volume_;
  bool camera_needs_reset_ = true;
  bool cpu_ray_casting_ = false;
};

}  // namespace ctlite::widgets
