#include "app/viewer/evaluation_screen.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>
#include <QTimer>
#include <cstdio>
#include <optional>

#include "core/evaluation/evaluation_report.h"
#include "widgets/evaluation/evaluation_view.h"

namespace ctlite::viewer {

namespace {

std::optional<core::EvaluationReport> read_report(const QString& path) {
  try {
    return core::read_evaluation_report(path.toStdString());
  } catch (const std::exception& error) {
    std::fprintf(stderr, "ctlite-viewer: %s\n", error.what());
    return std::nullopt;
  }
}

bool save_image(const QImage& image, const QString& path) {
  const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
  QSaveFile file(path);  // atomic: a script never sees half an image
  return !image.isNull() && file.open(QIODevice::WriteOnly) &&
         image.save(&file, format.isEmpty() ? "PNG" : format.constData()) && file.commit();
}

}  // namespace

int run_evaluation_screen(const ViewerOptions& options) {
  const auto report = read_report(options.evaluation);
  if (!report) return 1;
  std::optional<core::EvaluationReport> baseline;
  if (!options.baseline.isEmpty() && !(baseline = read_report(options.baseline))) return 1;

  widgets::EvaluationView view;
  view.setWindowTitle(QApplication::translate("EvaluationScreen", "CT-Lite evaluation · %1")
                          .arg(QFileInfo(options.evaluation).fileName()));
  view.setReport(*report);
  if (baseline) view.setBaseline(*baseline);
  if (!options.focus_finding.isEmpty()) view.focusFinding(options.focus_finding);
  QSize size(1600, 1000);
  if (!options.size.isEmpty()) size = QSize(options.size.section('x', 0, 0).toInt(), options.size.section('x', 1, 1).toInt());
  view.resize(size);
  view.show();
  if (options.screenshot.isEmpty()) return QApplication::exec();

  int code = 0;
  // Let the layouts settle and the plots replot at their final size before grabbing.
  QTimer::singleShot(400, &view, [&] {
    if (!save_image(view.grab().toImage(), options.screenshot)) {
      std::fprintf(stderr, "ctlite-viewer: %s: could not write the screenshot\n", qPrintable(options.screenshot));
      code = 1;
    } else {
      std::printf("ctlite-viewer: screenshot written to %s\n", qPrintable(QFileInfo(options.screenshot).absoluteFilePath()));
    }
    std::fflush(stdout);
    QApplication::exit(code);
  });
  return QApplication::exec();
}

}  // namespace ctlite::viewer
