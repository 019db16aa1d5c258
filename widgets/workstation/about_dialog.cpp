#include "widgets/workstation/about_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <vtkVersion.h>

namespace ctlite::widgets {

QString component_versions() {
  return QStringLiteral("CT-Lite %1 · Qt %2 · VTK %3 · QCustomPlot %4")
      .arg(QStringLiteral(CTLITE_VERSION), QString::fromLatin1(qVersion()),
           QString::fromLatin1(vtkVersion::GetVTKVersion()), QStringLiteral(QCUSTOMPLOT_VERSION_STR));
}

AboutDialog::AboutDialog(const std::optional<EngineInfo>& engine, const std::optional<ModelIdentity>& model,
                         QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("About CT-Lite Workstation"));
  setMinimumSize(560, 520);
  auto* layout = new QVBoxLayout(this);
  auto* title = new QLabel(QStringLiteral("<h2>CT-Lite Workstation</h2>"), this);
  layout->addWidget(title);
  auto* warning = new QLabel(
      tr("Research prototype. The bundled models were trained on synthetic phantoms. Not a medical "
         "device; not for clinical use."),
      this);
  warning->setWordWrap(true);
  warning->setStyleSheet(QStringLiteral("background: #4a3b12; color: #ffd98a; padding: 6px; border-radius: 3px;"));
  layout->addWidget(warning);

  QString html = QStringLiteral("<p>%1</p>").arg(component_versions().toHtmlEscaped());
  html += QStringLiteral("<p>") +
          (engine ? tr("Engine: ctlite %1, devices: %2, %3 threads")
                        .arg(engine->version, engine->devices.join(QStringLiteral(", ")))
                        .arg(engine->threads)
                  : tr("Engine: not started yet (it starts with the first run).")) +
          QStringLiteral("</p>");
  if (model)
    html += QStringLiteral("<p>") +
            tr("Model: %1 %2<br>Weights SHA-256: %3<br>%4")
                .arg(model->name.toHtmlEscaped(), model->version.toHtmlEscaped(), model->weights_sha256.toHtmlEscaped(),
                     model->notice.toHtmlEscaped()) +
            QStringLiteral("</p>");
  html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Licences of the components"));
  const char* const licences[][2] = {
      {"Qt 6", "LGPL-3.0"},
      {"VTK", "BSD-3-Clause"},
      {"QCustomPlot", "GPL-3.0 (hence the viewer binary is distributed under GPL-3.0)"},
      {"ITK", "Apache-2.0"},
      {"DCMTK", "BSD-3-Clause"},
      {"GDCM", "BSD-3-Clause"},
      {"LibTorch (engine process only)", "BSD-3-Clause"},
      {"libjpeg-turbo", "IJG / BSD-3-Clause / Zlib"},
      {"nlohmann/json", "MIT"},
      {"CT-CLIP (architecture, method)", "CC BY-NC-SA 4.0 (weights), see the model card"},
  };
  for (const auto& licence : licences)
    html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(QString::fromLatin1(licence[0]), QString::fromLatin1(licence[1]));
  html += QStringLiteral("</ul>");
  auto* text = new QTextBrowser(this);
  text->setHtml(html);
  text->setOpenExternalLinks(true);
  layout->addWidget(text, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

}  // namespace ctlite::widgets
