#pragma once
// Versions of everything the viewer runs on, the model's identity and the licences.

#include <QDialog>
#include <optional>

#include "widgets/engine/engine_protocol.h"

namespace ctlite::widgets {

class AboutDialog : public QDialog {
  Q_OBJECT

 public:
  AboutDialog(const std::optional<EngineInfo>& engine, const std::optional<ModelIdentity>& model,
              QWidget* parent = nullptr);
};

// "CT-Lite 0.1.0 · Qt 6.4.2 · VTK 9.1.0 · QCustomPlot 2.1.0"
QString component_versions();

}  // namespace ctlite::widgets
