// ctlite-viewer: the CT-Lite Workstation GUI (Qt 6 + VTK, never LibTorch: the AI runs in the
// `ctlite serve` engine process).
#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include "app/viewer/automation_runner.h"
#include "app/viewer/core_volume_source.h"
#include "app/viewer/evaluation_screen.h"
#include "app/viewer/viewer_options.h"
#include "widgets/engine/engine_client.h"
#include "widgets/workstation/ctlite_run_controller.h"
#include "widgets/workstation/dark_theme.h"
#include "widgets/workstation/workstation_window.h"

namespace {

void install_translations(QApplication& application, const QString& language) {
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  auto* ours = new QTranslator(&application);
  // Compiled in by qt_add_translations under :/i18n; English needs none.
  if (ours->load(locale, QStringLiteral("ctlite"), QStringLiteral("_"), QStringLiteral(":/i18n")))
    QApplication::installTranslator(ours);
  auto* qt = new QTranslator(&application);
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(qt);
  QLocale::setDefault(locale);
}

}  // namespace

int main(int argc, char** argv) {
  QApplication application(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("CT-Lite"));
  QApplication::setApplicationName(QStringLiteral("ctlite-viewer"));
  QApplication::setApplicationVersion(QStringLiteral(CTLITE_VERSION));

  int exit_code = 0;
  const auto options = ctlite::viewer::parse_viewer_options(QApplication::arguments(), exit_code);
  if (!options) return exit_code;
  const QString language = !options->language.isEmpty()
                               ? options->language
                               : QSettings().value(QLatin1String(ctlite::widgets::WorkstationWindow::kLanguageSettingKey)).toString();
  install_translations(application, language);
  ctlite::widgets::apply_dark_theme(application);
  if (!options->evaluation.isEmpty()) return ctlite::viewer::run_evaluation_screen(*options);

  ctlite::widgets::WorkstationWindow window(ctlite::viewer::core_volume_source());
  auto* run = window.runController();
  if (!options->engine.isEmpty()) run->engine()->setProgram(options->engine);
  if (!options->models_folder.isEmpty()) run->setModelsFolder(options->models_folder);
  if (!options->model.isEmpty()) {
    // One model folder: offer its parent's models and select it.
    run->setModelsFolder(QFileInfo(options->model).absolutePath());
    run->setModelPath(QFileInfo(options->model).absoluteFilePath());
  }
  if (!options->device.isEmpty()) run->setDevice(options->device);

  ctlite::viewer::AutomationRunner automation(&window, *options);
  window.setHeadless(automation.exitsWhenDone());
  if (!options->size.isEmpty()) {
    const QStringList size = options->size.split(QLatin1Char('x'));
    window.resize(size[0].toInt(), size[1].toInt());
  } else if (automation.exitsWhenDone()) {
    window.resize(1600, 1000);
  }
  window.show();
  automation.start();
  return QApplication::exec();
}
