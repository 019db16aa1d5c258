#include "widgets/workstation/window_grab.h"

#include <QPainter>
#include <QWidget>

#include "widgets/vtk/vtk_opengl_widget.h"

namespace ctlite::widgets {

QImage grab_window_with_views(QWidget* window) {
  QImage image = window->grab().toImage();
  if (image.isNull()) return image;
  QPainter painter(&image);
  for (VtkOpenGLWidget* view : window->findChildren<VtkOpenGLWidget*>()) {
    if (!view->isVisible() || view->width() <= 0 || view->height() <= 0) continue;
    painter.drawImage(QRect(view->mapTo(window, QPoint(0, 0)), view->size()), view->renderToImage());
  }
  return image;
}

}  // namespace ctlite::widgets
