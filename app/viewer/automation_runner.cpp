#include "app/viewer/automation_runner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>
#include <QTimer>
#include <cstdio>

#include "app/viewer/scroll_benchmark.h"
#include "widgets/models/findings_model.h"
#include "widgets/models/slice_view_model.h"
#include "widgets/views/mpr_layout.h"
#include "widgets/views/slice_view.h"
#include "widgets/workstation/workstation_window.h"

namespace ctlite::viewer {

namespace {
// Lets queued repaints (all four views, the 3D ray cast) land before grabbing.
constexpr int kSettleMs = 400;
}

AutomationRunner::AutomationRunner(widgets::WorkstationWindow* window, ViewerOptions options, QObject* parent)
    : QObject(parent), window_(window), options_(std::move(options)) {}

bool AutomationRunner::exitsWhenDone() const { return !options_.screenshot.isEmpty() || options_.benchmark_frames > 0; }

void AutomationRunner::start() {
  if (options_.path.isEmpty()) return;
  connect(window_, &widgets::WorkstationWindow::volumeShown, this, &AutomationRunner::onVolumeShown);
  connect(window_, &widgets::WorkstationWindow::runCompleted, this, &AutomationRunner::onRunCompleted);
  connect(window_, &widgets::WorkstationWindow::loadFailed, this, [this] {
    if (exitsWhenDone()) exitWith(1);
  });
  if (!options_.series_uid.isEmpty()) window_->loadSeries(options_.path, options_.series_uid);
  // Unattended runs cannot ask which series: they take the one with most images.
  else window_->openPath(options_.path, exitsWhenDone() || options_.run_ctlite);
}

void AutomationRunner::onVolumeShown() {
  if (handled_volume_) return;
  handled_volume_ = true;
  if (!options_.preset.isEmpty())
    window_->applyPreset(*widgets::window_preset_from_id(options_.preset.toStdString()));
  if (!options_.layout.isEmpty()) window_->setViewerLayout(*widgets::layout_from_id(options_.layout));
  if (!options_.maximise.isEmpty()) {
    static const QStringList kViews = {QStringLiteral("axial"), QStringLiteral("coronal"), QStringLiteral("sagittal"),
                                       QStringLiteral("3d")};
    window_->mprLayout()->setMaximisedView(static_cast<int>(kViews.indexOf(options_.maximise)));
  }
  if (options_.slice)
    window_->mprLayout()->sliceModel(widgets::ViewOrientation::Axial)->setSliceIndex(*options_.slice - 1);

  if (options_.benchmark_frames > 0) {
    auto* benchmark = new ScrollBenchmark(window_->mprLayout()->sliceView(widgets::ViewOrientation::Axial),
                                          options_.benchmark_frames, this);
    connect(benchmark, &ScrollBenchmark::finished, this, [this](bool ok) { exitWith(ok ? 0 : 1); });
    QTimer::singleShot(kSettleMs, benchmark, &ScrollBenchmark::start);
    return;
  }
  if (options_.run_ctlite) {
    window_->runCtLite();
    return;
  }
  finish();
}

void AutomationRunner::onRunCompleted(bool succeeded) {
  run_failed_ = !succeeded;
  if (succeeded && options_.finding) {
    const auto& findings = window_->findingsModel()->sortedFindings();
    for (int i = 0; i < findings.size(); ++i)
      if (findings[i].name.compare(*options_.finding, Qt::CaseInsensitive) == 0) window_->findingsModel()->activate(i);
  }
  finish();
}

void AutomationRunner::finish() {
  if (options_.screenshot.isEmpty()) return;
  QTimer::singleShot(kSettleMs, this, &AutomationRunner::saveScreenshot);
}

void AutomationRunner::saveScreenshot() {
  const QImage image = window_->grab().toImage();
  // Atomic: a script never sees half a PNG.
  QSaveFile file(options_.screenshot);
  if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
    std::fprintf(stderr, "ctlite-viewer: %s: could not write the screenshot\n", qPrintable(options_.screenshot));
    exitWith(1);
    return;
  }
  std::printf("ctlite-viewer: screenshot written to %s\n", qPrintable(QFileInfo(options_.screenshot).absoluteFilePath()));
  exitWith(run_failed_ ? 1 : 0);
}

void AutomationRunner::exitWith(int code) {
  std::fflush(stdout);
  QCoreApplication::exit(code);
}

}  // namespace ctlite::viewer
