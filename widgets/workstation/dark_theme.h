#pragma once
// Reading rooms are dim: a dark Fusion palette keeps the chrome from outshining the images.

class QApplication;

namespace ctlite::widgets {

void apply_dark_theme(QApplication& application);

}  // namespace ctlite::widgets
