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
#include "widgets/wizard/fine_tune_launcher.h"
#include "widgets/wizard/fine_tune_model.h"
#include "widgets/wizard/fine_tune_pages.h"
#include "widgets/wizard/fine_tune_wizard.h"
#include "widgets/wizard/training_curves_view.h"
#include "widgets/wizard/training_job_controller.h"
#include "widgets/wizard/training_job_view.h"
#include "widgets/workstation/workstation_window.h"

namespace ctlite::viewer {

namespace {
// Lets queued repaints (all four views, the 3D ray cast) land before grabbing.
constexpr int kSettleMs = 400;
// An unattended fine-tuning run that has not finished by then is reported as failed.
constexpr int kFineTuneTimeoutMs = 15 * 60 * 1000;
}

AutomationRunner::AutomationRunner(widgets::WorkstationWindow* window, ViewerOptions options, QObject* parent)
    : QObject(parent), window_(window), options_(std::move(options)) {}

bool AutomationRunner::exitsWhenDone() const { return !options_.screenshot.isEmpty() || options_.benchmark_frames > 0; }

void AutomationRunner::start() {
  if (!options_.fine_tune.isEmpty()) {
    runFineTune();
    return;
  }
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
  if (wizard_ && !fine_tune_done_) run_failed_ = true;
  fine_tune_done_ = true;
  if (options_.screenshot.isEmpty()) {
    if (wizard_) exitWith(run_failed_ ? 1 : 0);
    return;
  }
  QTimer::singleShot(kSettleMs, this, &AutomationRunner::saveScreenshot);
}

// The wizard driven as a user would: choose the data, keep the bundled demo teacher and FAST
// then SFP, set the step count, start; when the job (training, evaluations) has ended, "Use this
// model" registers the bundle, and the screenshot is taken.
void AutomationRunner::runFineTune() {
  wizard_ = widgets::open_fine_tune_wizard(window_, window_->runController(), window_->modelLibrary());
  wizard_->resize(1200, 900);
  widgets::FineTuneSettings& settings = wizard_->model()->settings();
  if (options_.wizard_steps > 0) {
    settings.fast_steps = settings.sfp_steps = options_.wizard_steps;
    settings.checkpoint_every = options_.wizard_steps;
  }
  // The depth the bundled demo teacher was trained on (installer/train-demo-model.sh SLICES),
  // not CT-CLIP's 240: the unattended run is a quick check of the whole path.
  settings.slices = 32;
  connect(wizard_->dataPage(), &widgets::DataPage::validated, this, [this] {
    if (wizard_->currentId() != widgets::FineTuneWizard::kDataPage) return;
    if (!wizard_->model()->dataComplete()) {
      std::fprintf(stderr, "ctlite-viewer: %s: the training data is not usable\n", qPrintable(options_.fine_tune));
      for (const auto& message : wizard_->model()->validation().messages)
        std::fprintf(stderr, "  %s\n", message.text().c_str());
      finish();
      return;
    }
    for (int page = widgets::FineTuneWizard::kTeacherPage; page <= widgets::FineTuneWizard::kRunPage; ++page) {
      if (!wizard_->currentPage()->isComplete()) {
        std::fprintf(stderr, "ctlite-viewer: wizard page %d is incomplete\n", wizard_->currentId());
        finish();
        return;
      }
      wizard_->next();
    }
    auto* controller = wizard_->runPage()->controller();
    if (!controller) {
      std::fprintf(stderr, "ctlite-viewer: the training job did not start\n");
      finish();
      return;
    }
    std::printf("ctlite-viewer: fine-tuning job %s started\n", qPrintable(controller->job().folder));
    std::fflush(stdout);
    connect(controller, &widgets::TrainingJobController::changed, this, &AutomationRunner::onFineTuneJobChanged);
  });
  QTimer::singleShot(kFineTuneTimeoutMs, this, [this] {
    std::fprintf(stderr, "ctlite-viewer: the fine-tuning job did not end in time\n");
    finish();
  });
  wizard_->dataPage()->setFolder(options_.fine_tune);
}

void AutomationRunner::onFineTuneJobChanged() {
  const auto* controller = wizard_->runPage()->controller();
  if (fine_tune_done_ || !controller->job().isDone()) return;
  fine_tune_done_ = true;
  const int points = wizard_->jobView()->curves()->pointCount();
  std::printf("ctlite-viewer: fine-tuning job %s %s, %d curve points shown\n", qPrintable(controller->job().folder),
              qPrintable(widgets::job_state_name(controller->job().state)), points);
  if (controller->job().state != widgets::JobState::Finished)
    std::fprintf(stderr, "ctlite-viewer: %s\n", qPrintable(controller->job().message));
  run_failed_ = controller->job().state != widgets::JobState::Finished || points == 0;
  if (!run_failed_) {
    // The last click of the flow: "Use this model".
    const auto used = widgets::use_job_model(window_->modelLibrary(), controller->job().folder);
    if (used.error.isEmpty())
      std::printf("ctlite-viewer: registered as %s, now the active model\n", qPrintable(used.id));
    else
      std::fprintf(stderr, "ctlite-viewer: %s\n", qPrintable(used.error));
    run_failed_ = !used.error.isEmpty();
  }
  finish();
}

void AutomationRunner::saveScreenshot() {
  const QImage image = wizard_ ? wizard_->grab().toImage() : window_->grab().toImage();
  // PNG unless the name asks otherwise (tests read .ppm without an image library).
  const QByteArray format = QFileInfo(options_.screenshot).suffix().toLower().toLatin1();
  // Atomic: a script never sees half an image.
  QSaveFile file(options_.screenshot);
  if (image.isNull() || !file.open(QIODevice::WriteOnly) || !image.save(&file, format.isEmpty() ? "PNG" : format.constData()) || !file.commit()) {
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
