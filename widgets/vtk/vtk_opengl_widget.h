#pragma once
// A Qt 6 widget that shows a VTK render window.
//
// Debian builds VTK's own Qt widgets (GUISupportQt, RenderingQt) against Qt 5, so a Qt 6
// application cannot use QVTKOpenGLNativeWidget. This adapter gives VTK an OpenGL context of its
// own (on an offscreen surface, stack-notes.md "VTK 9.1 inside a Qt 6 QOpenGLWidget" lists the
// traps, which hold here too): VTK renders into its own framebuffer, the widget reads that image
// back once per VTK render and paints it, with the annotations over it, as an ordinary raster
// widget.
//
// Why not a QOpenGLWidget: Qt composes a window holding one with OpenGL on every frame (its whole
// raster backing store as a textured quad, then each QOpenGLWidget's texture, then a buffer
// swap), and under a software rasteriser (Mesa llvmpipe, as on CI's Xvfb) that composition was
// the largest part of a scroll step. A raster widget repaints only the area that changed (the
// strip a reference line moved through) and Qt sends only that area to the screen.

#include <QImage>
#include <QRect>
#include <QString>
#include <QWidget>
#include <memory>

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkNew.h>
#include <vtkRenderer.h>

class QOffscreenSurface;
class QOpenGLContext;
class QPainter;

namespace ctlite::widgets {

class VtkOpenGLWidget : public QWidget {
  Q_OBJECT

 public:
  explicit VtkOpenGLWidget(QWidget* parent = nullptr);
  ~VtkOpenGLWidget() override;

  vtkGenericOpenGLRenderWindow* renderWindow() const;
  vtkGenericRenderWindowInteractor* interactor() const;
  // The single renderer every CT-Lite view draws with.
  vtkRenderer* renderer() const;

  // When on, Qt mouse/keyboard events drive VTK's interactor style (the 3D view's trackball);
  // slice views leave it off and interpret events through their own models.
  void setInteractorForwarding(bool enabled);

  // GL_RENDERER of the view's context; empty before the first paint.
  QString openGLRenderer() const { return renderer_name_; }
  // Mesa's llvmpipe (Xvfb, headless CI): GPU ray casting is unusable there (0.5–1.1 s/frame).
  bool isSoftwareRenderer() const { return renderer_name_.contains(QLatin1String("llvmpipe")); }

  // The VTK scene changed: re-render it at the next paint. A plain update() only repaints the
  // annotations over the last VTK image, which keeps cursor tracking cheap, and update(rect)
  // only those inside rect: under a software rasteriser that is what keeps scrolling one view
  // from repainting the others in full.
  void requestRender();

  // The widget area the last paint redrew.
  QRect lastRepaintArea() const { return last_repaint_area_; }

  // Renders now (synchronously) and returns the widget image, annotations included.
  QImage renderToImage();

 signals:
  // A paint finished (Qt sends the repainted area to the screen right after it).
  void framePainted();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

  // Hook for subclasses: bring the VTK pipeline up to date right before VTK renders.
  virtual void prepareRender() {}
  // Hook for subclasses: draw annotations over the VTK image in widget (logical) pixels.
  virtual void paintOverlay(QPainter& painter) {}

  // Widget-pixel point -> VTK display coordinates (device pixels, origin bottom-left).
  QPointF toVtkDisplay(const QPointF& widget_point) const;
  QPointF fromVtkDisplay(double x, double y) const;

  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;

 private:
  // Creates the context (once) and makes it current; false when OpenGL is unavailable.
  bool makeCurrent();
  void initializeRenderWindow();
  // Renders the VTK scene if it changed and reads the image back into image_.
  void updateImage();
  void onRenderWindowEvent(vtkObject* caller, unsigned long event_id, void* call_data);
  void forwardMouse(QMouseEvent* event, unsigned long vtk_event);

  std::unique_ptr<QOffscreenSurface> surface_;
  std::unique_ptr<QOpenGLContext> context_;
  vtkNew<vtkGenericOpenGLRenderWindow> render_window_;
  vtkNew<vtkGenericRenderWindowInteractor> interactor_;
  vtkNew<vtkRenderer> renderer_;
  QString renderer_name_;
  // VTK's last image, device pixels, rows top to bottom.
  QImage image_;
  QRect last_repaint_area_;
  bool forward_events_ = false;
  bool in_render_ = false;
  bool scene_dirty_ = true;
  // Set when VTK rendered on its own (interactor-driven) and only the read-back is still due.
  bool vtk_rendered_outside_paint_ = false;
};

}  // namespace ctlite::widgets
