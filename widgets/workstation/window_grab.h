#pragma once
// A screenshot of a whole window with its VTK views as the user sees them.

#include <QImage>

class QWidget;

namespace ctlite::widgets {

// QWidget::grab() composes QOpenGLWidgets from textures that, under Xvfb/llvmpipe, lack what
// QPainter drew over VTK (crosshair, orientation labels, W/L); each view's own framebuffer grab
// has them, so they are painted over the window grab.
QImage grab_window_with_views(QWidget* window);

}  // namespace ctlite::widgets
