#include "widgets/vtk/vtk_opengl_widget.h"

#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QPainter>
#include <QSurfaceFormat>
#include <QWheelEvent>
#include <cmath>

#include <vtkCommand.h>
#include <vtkOpenGLState.h>

namespace ctlite::widgets {

// Multisampling stays off: VTK renders into its own framebuffer and a multisampled Qt
// framebuffer would only cost a resolve per frame.
QSurfaceFormat vtk_surface_format() {
  QSurfaceFormat format;
  format.setRenderableType(QSurfaceFormat::OpenGL);
  format.setVersion(3, 2);
  format.setProfile(QSurfaceFormat::CoreProfile);
  format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
  format.setRedBufferSize(8);
  format.setGreenBufferSize(8);
  format.setBlueBufferSize(8);
  format.setAlphaBufferSize(8);
  format.setDepthBufferSize(8);
  format.setStencilBufferSize(0);
  format.setSamples(0);
  return format;
}

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent) : QOpenGLWidget(parent) {
  setFormat(vtk_surface_format());
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setMinimumSize(64, 64);
  // Qt would otherwise clear the whole framebuffer object before every paintGL(), and a repaint
  // of a small area (updateAnnotationsIn()) could not keep the rest of the image. Every full
  // repaint blits VTK's complete image first, so nothing stale ever shows.
  setUpdateBehavior(QOpenGLWidget::PartialUpdate);

  // Until Qt has created the context, any VTK render would try to make its own window.
  render_window_->SetReadyForRendering(false);
  render_window_->SetFrameBlitModeToNoBlit();
  // vtkRenderWindow asks for 8 samples by default: under a software rasteriser (Mesa llvmpipe)
  // that is 8x the fragment work and a resolve blit per frame, for edges a slice view lacks.
  render_window_->SetMultiSamples(0);
  render_window_->SetMultiSamples(0);
  render_window_->AddRenderer(renderer_);
  // Qt composes the widget's image with its alpha: VTK clears to an opaque background, and every
  // prop drawn over it blends towards alpha 1, so the blitted image needs no alpha pass (a
  // colour-masked clear of the whole view cost a full-screen pass per repaint under llvmpipe).
  renderer_->SetBackgroundAlpha(1.0);
  render_window_->SetInteractor(interactor_);
  // VTK renders only inside paintGL(); interactor-driven renders become update() requests.
  interactor_->EnableRenderOff();
  interactor_->AddObserver(vtkCommand::RenderEvent, this, &VtkOpenGLWidget::onRenderWindowEvent);

  for (const unsigned long event :
       {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
        vtkCommand::WindowFrameEvent, vtkCommand::WindowSupportsOpenGLEvent,
        vtkCommand::WindowIsDirectEvent}) {
    render_window_->AddObserver(event, this, &VtkOpenGLWidget::onRenderWindowEvent);
  }
}

VtkOpenGLWidget::~VtkOpenGLWidget() {
  // ~QOpenGLWidget destroys the context after our members are gone: its aboutToBeDestroyed
  // must no longer reach finalizeRenderWindow().
  if (context() != nullptr) disconnect(context(), nullptr, this, nullptr);
  // The context must be current while VTK frees its textures and buffers.
  makeCurrent();
  finalizeRenderWindow();
  doneCurrent();
  render_window_->RemoveAllObservers();
  interactor_->RemoveAllObservers();
}

vtkGenericOpenGLRenderWindow* VtkOpenGLWidget::renderWindow() const { return render_window_; }
vtkGenericRenderWindowInteractor* VtkOpenGLWidget::interactor() const { return interactor_; }
vtkRenderer* VtkOpenGLWidget::renderer() const { return renderer_; }

void VtkOpenGLWidget::setInteractorForwarding(bool enabled) {
  forward_events_ = enabled;
  if (enabled) interactor_->Enable();
}

void VtkOpenGLWidget::onRenderWindowEvent(vtkObject*, unsigned long event_id, void* call_data) {
  switch (event_id) {
    case vtkCommand::WindowMakeCurrentEvent:
      // THE trap (stack-notes.md): QOpenGLWidget::makeCurrent() also re-binds Qt's framebuffer
      // object. Doing that while VTK is building its own framebuffer yields a garbage image and
      // no error. Only switch contexts when a different one is current.
      if (QOpenGLContext::currentContext() != context()) makeCurrent();
      break;
    case vtkCommand::WindowIsCurrentEvent:
      *static_cast<bool*>(call_data) =
          context() != nullptr && QOpenGLContext::currentContext() == context();
      break;
    case vtkCommand::WindowFrameEvent:
      if (!in_paint_) {
        vtk_rendered_outside_paint_ = true;
        update();
      }
      break;
    case vtkCommand::WindowSupportsOpenGLEvent:
      render_window_->SetSupportsOpenGL(context() != nullptr ? 1 : 0);
      break;
    case vtkCommand::WindowIsDirectEvent:
      render_window_->SetIsDirect(1);
      break;
    case vtkCommand::RenderEvent:
      requestRender();
      break;
    default:
      break;
  }
}

void VtkOpenGLWidget::initializeGL() {
  auto* functions = context()->functions();
  renderer_name_ =
      QString::fromLatin1(reinterpret_cast<const char*>(functions->glGetString(GL_RENDERER)));
  // A widget moved to another top-level window gets a new context: release VTK's resources
  // from the old one first.
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this,
          &VtkOpenGLWidget::finalizeRenderWindow, Qt::UniqueConnection);

  render_window_->SetOwnContext(0);
  // Core profiles reject wide lines; VTK would otherwise query and warn on every frame.
  render_window_->SetForceMaximumHardwareLineWidth(1);
  render_window_->SetReadyForRendering(true);
  render_window_->InitializeFromCurrentContext();
  render_window_->SetMapped(1);
  interactor_->Enable();
  scene_dirty_ = true;
  emit openGLReady();
}

void VtkOpenGLWidget::finalizeRenderWindow() {
  if (!render_window_->GetReadyForRendering()) return;
  render_window_->Finalize();
  render_window_->SetReadyForRendering(false);
}

void VtkOpenGLWidget::resizeGL(int, int) {
  const qreal ratio = devicePixelRatioF();
  const int width_px = static_cast<int>(std::lround(width() * ratio));
  const int height_px = static_cast<int>(std::lround(height() * ratio));
  render_window_->SetSize(width_px, height_px);
  interactor_->SetSize(width_px, height_px);
  scene_dirty_ = true;
}

// QWidget::update() is dropped while the widget is hidden, and showing a QOpenGLWidget again
// does not by itself call paintGL(): views hidden by a layout change while the volume loaded
// (the grid's lower row at start-up) kept showing "No image loaded" until the next interaction.
void VtkOpenGLWidget::showEvent(QShowEvent* event) {
  QOpenGLWidget::showEvent(event);
  requestRender();
}

void VtkOpenGLWidget::requestRender() {
  scene_dirty_ = true;
  update();
}

void VtkOpenGLWidget::update() {
  annotations_dirty_everywhere_ = true;
  QOpenGLWidget::update();
}

void VtkOpenGLWidget::updateAnnotationsIn(const QRect& area) {
  annotation_damage_ |= area;
  QOpenGLWidget::update();
}

QRect VtkOpenGLWidget::repaintArea() const {
  // A new VTK image, or a paint nobody asked for through updateAnnotationsIn() (a resize, a
  // grabFramebuffer(), a new framebuffer object), repaints everything; otherwise the
  // framebuffer object still holds the last complete image (PartialUpdate).
  if (scene_dirty_ || vtk_rendered_outside_paint_ || annotations_dirty_everywhere_ ||
      annotation_damage_.isEmpty())
    return rect();
  return annotation_damage_.intersected(rect());
}

QRect VtkOpenGLWidget::deviceRect(const QRect& widget_rect) const {
  const qreal ratio = devicePixelRatioF();
  const int* size = render_window_->GetSize();
  const QRect device(QPoint(static_cast<int>(std::floor(widget_rect.left() * ratio)),
                            static_cast<int>(std::floor(widget_rect.top() * ratio))),
                     QPoint(static_cast<int>(std::ceil((widget_rect.right() + 1) * ratio)) - 1,
                            static_cast<int>(std::ceil((widget_rect.bottom() + 1) * ratio)) - 1));
  return device.intersected(QRect(0, 0, size[0], size[1]));
}

void VtkOpenGLWidget::paintGL() {
  if (!render_window_->GetReadyForRendering()) return;
  const int* size = render_window_->GetSize();
  const int width_px = size[0];
  const int height_px = size[1];
  const QRect area = repaintArea();
  last_repaint_area_ = area;
  annotations_dirty_everywhere_ = false;
  annotation_damage_ = QRect();

  vtkOpenGLState* state = render_window_->GetState();
  // Qt (and QPainter in paintOverlay) changed GL state behind VTK's cache.
  state->Reset();
  state->Push();
  // Qt leaves GL_LESS; VTK's depth peeling and 2D overlays assume GL_LEQUAL.
  state->vtkglDepthFunc(GL_LEQUAL);
  if (scene_dirty_ && !vtk_rendered_outside_paint_) {
    prepareRender();
    in_paint_ = true;
    render_window_->Render();
    in_paint_ = false;
  }
  scene_dirty_ = false;
  vtk_rendered_outside_paint_ = false;

  // Copy VTK's display framebuffer (the part being repainted) into the framebuffer object that
  // Qt composes, then draw the annotations clipped to that part: paintOverlay() skips what lies
  // outside the clip, since under llvmpipe every draw call costs even when scissored away.
  const QRect device = deviceRect(area);
  state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
  const GLenum attachment = GL_COLOR_ATTACHMENT0;
  context()->extraFunctions()->glDrawBuffers(1, &attachment);
  state->vtkglDisable(GL_SCISSOR_TEST);
  state->vtkglViewport(0, 0, width_px, height_px);
  const int x0 = device.left();
  const int y0 = height_px - 1 - device.bottom();  // GL rows count from the bottom
  render_window_->BlitDisplayFramebuffer(0, x0, y0, device.width(), device.height(), x0, y0,
                                         device.width(), device.height(), GL_COLOR_BUFFER_BIT,
                                         GL_NEAREST);
  state->Pop();

  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  if (area != rect()) painter.setClipRect(area);
  paintOverlay(painter);
}

QImage VtkOpenGLWidget::renderToImage() { return grabFramebuffer(); }

QPointF VtkOpenGLWidget::toVtkDisplay(const QPointF& widget_point) const {
  const qreal ratio = devicePixelRatioF();
  return {widget_point.x() * ratio, (height() - widget_point.y()) * ratio};
}

QPointF VtkOpenGLWidget::fromVtkDisplay(double x, double y) const {
  const qreal ratio = devicePixelRatioF();
  return {x / ratio, height() - y / ratio};
}

void VtkOpenGLWidget::forwardMouse(QMouseEvent* event, unsigned long vtk_event) {
  const QPointF display = toVtkDisplay(event->position());
  interactor_->SetEventInformation(static_cast<int>(display.x()), static_cast<int>(display.y()),
                                   event->modifiers().testFlag(Qt::ControlModifier) ? 1 : 0,
                                   event->modifiers().testFlag(Qt::ShiftModifier) ? 1 : 0);
  interactor_->SetAltKey(event->modifiers().testFlag(Qt::AltModifier) ? 1 : 0);
  interactor_->InvokeEvent(vtk_event, nullptr);
}

void VtkOpenGLWidget::mousePressEvent(QMouseEvent* event) {
  if (!forward_events_) return QOpenGLWidget::mousePressEvent(event);
  switch (event->button()) {
    case Qt::LeftButton: return forwardMouse(event, vtkCommand::LeftButtonPressEvent);
    case Qt::MiddleButton: return forwardMouse(event, vtkCommand::MiddleButtonPressEvent);
    case Qt::RightButton: return forwardMouse(event, vtkCommand::RightButtonPressEvent);
    default: break;
  }
}

void VtkOpenGLWidget::mouseReleaseEvent(QMouseEvent* event) {
  if (!forward_events_) return QOpenGLWidget::mouseReleaseEvent(event);
  switch (event->button()) {
    case Qt::LeftButton: return forwardMouse(event, vtkCommand::LeftButtonReleaseEvent);
    case Qt::MiddleButton: return forwardMouse(event, vtkCommand::MiddleButtonReleaseEvent);
    case Qt::RightButton: return forwardMouse(event, vtkCommand::RightButtonReleaseEvent);
    default: break;
  }
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent* event) {
  if (!forward_events_) return QOpenGLWidget::mouseMoveEvent(event);
  forwardMouse(event, vtkCommand::MouseMoveEvent);
}

void VtkOpenGLWidget::wheelEvent(QWheelEvent* event) {
  if (!forward_events_) return QOpenGLWidget::wheelEvent(event);
  const QPointF display = toVtkDisplay(event->position());
  interactor_->SetEventInformation(static_cast<int>(display.x()), static_cast<int>(display.y()),
                                   event->modifiers().testFlag(Qt::ControlModifier) ? 1 : 0,
                                   event->modifiers().testFlag(Qt::ShiftModifier) ? 1 : 0);
  interactor_->InvokeEvent(event->angleDelta().y() > 0 ? vtkCommand::MouseWheelForwardEvent
                                                       : vtkCommand::MouseWheelBackwardEvent,
                           nullptr);
}

}  // namespace ctlite::widgets
