#pragma once
// A Qt 6 QOpenGLWidget that hosts a VTK render window.
//
// Debian builds VTK's own Qt widgets (GUISupportQt, RenderingQt) against Qt 5, so a Qt 6
// application cannot use QVTKOpenGLNativeWidget. This adapter lets VTK render with the widget's
// OpenGL context: VTK draws into its own offscreen framebuffer, and paintGL() blits that into
// the framebuffer object QOpenGLWidget composes (stack-notes.md, "VTK 9.1 inside a Qt 6
// QOpenGLWidget").

#include <QOpenGLWidget>
#include <QRect>
#include <QSurfaceFormat>
#include <QString>

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkNew.h>
#include <vtkRenderer.h>

class QPainter;

namespace ctlite::widgets {

// VTK's OpenGL2 backend needs a 3.2 core context. Applications set it as the default format (with
// Qt::AA_ShareOpenGLContexts) before creating QApplication so every GL widget agrees.
QSurfaceFormat vtk_surface_format();

class VtkOpenGLWidget : public QOpenGLWidget {
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

  // GL_RENDERER of the widget's context; empty before the first initializeGL().
  QString openGLRenderer() const { return renderer_name_; }
  // Mesa's llvmpipe (Xvfb, headless CI): GPU ray casting is unusable there (0.5–1.1 s/frame).
  bool isSoftwareRenderer() const { return renderer_name_.contains(QLatin1String("llvmpipe")); }

  // The VTK scene changed: re-render it at the next paint. A plain update() only repaints the
  // annotations over the last VTK image, which keeps cursor tracking cheap.
  void requestRender();

  // Repaints the annotations over the last VTK image. Hides QWidget::update() on purpose: every
  // update() a view makes must mark the whole view, so that it is never lost to a concurrent
  // updateAnnotationsIn() (Qt itself widens any update(rect) of an OpenGL widget to the whole
  // widget, so the damaged area has to be tracked here).
  void update();
  // Only the annotations inside `area` (widget pixels) changed: the next paint restores that
  // area from the last VTK image and repaints the annotations clipped to it. Under a software
  // rasteriser this is what keeps scrolling one view from repainting the others in full.
  void updateAnnotationsIn(const QRect& area);

  // The widget area the last paint redrew (the whole widget unless updateAnnotationsIn()).
  QRect lastRepaintArea() const { return last_repaint_area_; }

  // Renders now (synchronously) and returns the widget image, annotations included.
  QImage renderToImage();

 signals:
  void openGLReady();

 protected:
  void initializeGL() override;
  void resizeGL(int width, int height) override;
  void paintGL() override;
  void showEvent(QShowEvent* event) override;

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
  void onRenderWindowEvent(vtkObject* caller, unsigned long event_id, void* call_data);
  void finalizeRenderWindow();
  void forwardMouse(QMouseEvent* event, unsigned long vtk_event);
  // The widget area this paintGL() redraws: all of it unless only annotations changed inside
  // a smaller area requested with update(rect).
  QRect repaintArea() const;
  // Widget rect (logical pixels) -> device pixels of the render window, origin top-left.
  QRect deviceRect(const QRect& widget_rect) const;

  vtkNew<vtkGenericOpenGLRenderWindow> render_window_;
  vtkNew<vtkGenericRenderWindowInteractor> interactor_;
  vtkNew<vtkRenderer> renderer_;
  QString renderer_name_;
  bool annotations_dirty_everywhere_ = true;
  QRect annotation_damage_;
  QRect last_repaint_area_;
  bool forward_events_ = false;
  bool in_paint_ = false;
  bool scene_dirty_ = true;
  // Set when VTK rendered on its own (interactor-driven) and only the blit is still due.
  bool vtk_rendered_outside_paint_ = false;
};

}  // namespace ctlite::widgets
