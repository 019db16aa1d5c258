#include "widgets/vtk/vtk_opengl_widget.h"

#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPaintEvent>
#include <QPainter>
#include <QSurfaceFormat>
#include <QWheelEvent>
#include <cmath>

#include <vtkCommand.h>
#include <vtkOpenGLState.h>
#include <vtkUnsignedCharArray.h>

namespace ctlite::widgets {

namespace {

// VTK's OpenGL2 backend needs a 3.2 core context. Multisampling stays off: VTK renders into its
// own framebuffers, and the offscreen surface is never drawn to.
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

}  // namespace

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setMinimumSize(64, 64);
  // Every paint covers its whole area with the VTK image: Qt need not clear it first.
  setAttribute(Qt::WA_OpaquePaintEvent);

  // Until the context exists, any VTK render would try to make its own window.
  render_window_->SetReadyForRendering(false);
  render_window_->SetFrameBlitModeToNoBlit();
  // vtkRenderWindow asks for 8 samples by default: under a software rasteriser (Mesa llvmpipe)
  // that is 8x the fragment work and a resolve blit per frame, for edges a slice view lacks.
  render_window_->SetMultiSamples(0);
  render_window_->AddRenderer(renderer_);
  // The image read back is painted as it is: VTK clears to an opaque background, and every prop
  // drawn over it blends towards alpha 1.
  renderer_->SetBackgroundAlpha(1.0);
  render_window_->SetInteractor(interactor_);
  // VTK renders only when a paint needs its image; interactor-driven renders become update()
  // requests.
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
  // The context must be current while VTK frees its textures and buffers.
  if (context_ && makeCurrent()) {
    render_window_->Finalize();
    context_->doneCurrent();
  }
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
      // VTK asks for this around every framebuffer it binds: switch only when another context is
      // current, and never touch framebuffer bindings here (stack-notes.md: re-binding one while
      // VTK builds its own yields a garbage image and no error).
      if (QOpenGLContext::currentContext() != context_.get()) makeCurrent();
      break;
    case vtkCommand::WindowIsCurrentEvent:
      *static_cast<bool*>(call_data) = context_ && QOpenGLContext::currentContext() == context_.get();
      break;
    case vtkCommand::WindowFrameEvent:
      if (!in_render_) {
        vtk_rendered_outside_paint_ = true;
        update();
      }
      break;
    case vtkCommand::WindowSupportsOpenGLEvent:
      render_window_->SetSupportsOpenGL(context_ ? 1 : 0);
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

bool VtkOpenGLWidget::makeCurrent() {
  if (context_) return context_->makeCurrent(surface_.get());
  // VTK only ever draws into its own framebuffers: the surface just has to exist.
  auto surface = std::make_unique<QOffscreenSurface>();
  surface->setFormat(vtk_surface_format());
  surface->create();
  auto context = std::make_unique<QOpenGLContext>();
  context->setFormat(vtk_surface_format());
  if (!surface->isValid() || !context->create() || !context->makeCurrent(surface.get())) return false;
  surface_ = std::move(surface);
  context_ = std::move(context);
  initializeRenderWindow();
  return true;
}

void VtkOpenGLWidget::initializeRenderWindow() {
  renderer_name_ = QString::fromLatin1(
      reinterpret_cast<const char*>(context_->functions()->glGetString(GL_RENDERER)));
  render_window_->SetOwnContext(0);
  // Core profiles reject wide lines; VTK would otherwise query and warn on every frame.
  render_window_->SetForceMaximumHardwareLineWidth(1);
  render_window_->SetReadyForRendering(true);
  render_window_->InitializeFromCurrentContext();
  render_window_->SetMapped(1);
  interactor_->Enable();
  scene_dirty_ = true;
}

void VtkOpenGLWidget::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  const qreal ratio = devicePixelRatioF();
  const int width_px = static_cast<int>(std::lround(width() * ratio));
  const int height_px = static_cast<int>(std::lround(height() * ratio));
  render_window_->SetSize(width_px, height_px);
  interactor_->SetSize(width_px, height_px);
  scene_dirty_ = true;
}

void VtkOpenGLWidget::requestRender() {
  scene_dirty_ = true;
  update();
}

void VtkOpenGLWidget::updateImage() {
  if (!scene_dirty_ && !vtk_rendered_outside_paint_) return;
  if (!makeCurrent()) return;
  vtkOpenGLState* state = render_window_->GetState();
  // Another VTK window's context may have been current since: VTK's cached state is stale.
  state->Reset();
  state->Push();
  // VTK's depth peeling and 2D overlays assume GL_LEQUAL.
  state->vtkglDepthFunc(GL_LEQUAL);
  if (!vtk_rendered_outside_paint_) {
    prepareRender();
    in_render_ = true;
    render_window_->Render();
    in_render_ = false;
  }
  state->Pop();
  scene_dirty_ = false;
  vtk_rendered_outside_paint_ = false;

  // One read-back per VTK render; repaints of the annotations reuse it. RGBA bytes are how VTK's
  // framebuffer stores them (no conversion pass in the rasteriser), rows bottom to top.
  const int* size = render_window_->GetSize();
  QImage image(size[0], size[1], QImage::Format_RGBX8888);
  vtkNew<vtkUnsignedCharArray> pixels;  // VTK writes straight into the image
  pixels->SetNumberOfComponents(4);
  pixels->SetArray(image.bits(), image.sizeInBytes(), /*save=*/1);
  render_window_->GetRGBACharPixelData(0, 0, size[0] - 1, size[1] - 1, /*front=*/1, pixels);
  image_ = std::move(image).mirrored();
  image_.setDevicePixelRatio(devicePixelRatioF());
}

void VtkOpenGLWidget::paintEvent(QPaintEvent* event) {
  const QRect area = event->rect();
  last_repaint_area_ = area;
  updateImage();
  QPainter painter(this);
  if (image_.isNull()) painter.fillRect(area, Qt::black);
  else painter.drawImage(area, image_, QRectF(QPointF(area.topLeft()) * image_.devicePixelRatio(),
                                              QSizeF(area.size()) * image_.devicePixelRatio()));
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  // Qt clips to the repainted area anyway; made explicit, paintOverlay() can skip what lies
  // outside it (clipped_away()).
  if (area != rect()) painter.setClipRect(area);
  paintOverlay(painter);
  emit framePainted();
}

QImage VtkOpenGLWidget::renderToImage() { return grab().toImage(); }

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
  if (!forward_events_) return QWidget::mousePressEvent(event);
  switch (event->button()) {
    case Qt::LeftButton: return forwardMouse(event, vtkCommand::LeftButtonPressEvent);
    case Qt::MiddleButton: return forwardMouse(event, vtkCommand::MiddleButtonPressEvent);
    case Qt::RightButton: return forwardMouse(event, vtkCommand::RightButtonPressEvent);
    default: break;
  }
}

void VtkOpenGLWidget::mouseReleaseEvent(QMouseEvent* event) {
  if (!forward_events_) return QWidget::mouseReleaseEvent(event);
  switch (event->button()) {
    case Qt::LeftButton: return forwardMouse(event, vtkCommand::LeftButtonReleaseEvent);
    case Qt::MiddleButton: return forwardMouse(event, vtkCommand::MiddleButtonReleaseEvent);
    case Qt::RightButton: return forwardMouse(event, vtkCommand::RightButtonReleaseEvent);
    default: break;
  }
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent* event) {
  if (!forward_events_) return QWidget::mouseMoveEvent(event);
  forwardMouse(event, vtkCommand::MouseMoveEvent);
}

void VtkOpenGLWidget::wheelEvent(QWheelEvent* event) {
  if (!forward_events_) return QWidget::wheelEvent(event);
  const QPointF display = toVtkDisplay(event->position());
  interactor_->SetEventInformation(static_cast<int>(display.x()), static_cast<int>(display.y()),
                                   event->modifiers().testFlag(Qt::ControlModifier) ? 1 : 0,
                                   event->modifiers().testFlag(Qt::ShiftModifier) ? 1 : 0);
  interactor_->InvokeEvent(event->angleDelta().y() > 0 ? vtkCommand::MouseWheelForwardEvent
                                                       : vtkCommand::MouseWheelBackwardEvent,
                           nullptr);
}

}  // namespace ctlite::widgets
