#include "widgets/workstation/ctlite_run_controller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>

#include "widgets/io/pca_overlay_reader.h"
#include "widgets/models/findings_model.h"
#include "widgets/models/overlay_model.h"
#include "widgets/models/viewer_model.h"

namespace ctlite::widgets {

QString default_models_folder() {
  const QString from_environment = qEnvironmentVariable("CTLITE_MODELS_DIR");
  if (!from_environment.isEmpty()) return from_environment;
  const QDir application(QCoreApplication::applicationDirPath());
  const QString installed = application.absoluteFilePath(QStringLiteral("../share/ctlite/models"));
  if (QDir(installed).exists()) return QDir::cleanPath(installed);
  return application.absoluteFilePath(QStringLiteral("models"));
}

CtliteRunController::CtliteRunController(ViewerModel* viewer, FindingsModel* findings, OverlayModel* overlay,
                                         ModelLibraryModel* library, QObject* parent)
    : QObject(parent),
      viewer_(viewer),
      findings_(findings),
      overlay_(overlay),
      library_(library),
      engine_(new EngineClient(this)) {
  connect(library_, &ModelLibraryModel::modelsChanged, this, &CtliteRunController::modelsChanged);
  connect(library_, &ModelLibraryModel::activeModelChanged, this, &CtliteRunController::modelsChanged);
  connect(engine_, &EngineClient::scoreProgress, this, &CtliteRunController::progress);
  connect(engine_, &EngineClient::scoreFinished, this, &CtliteRunController::onScoreFinished);
  connect(engine_, &EngineClient::scoreFailed, this, &CtliteRunController::runFailed);
  connect(engine_, &EngineClient::logLine, this, &CtliteRunController::logLine);
  connect(engine_, &EngineClient::engineReady, this, [this](const EngineInfo& info) {
    emit logLine(tr("Engine %1 ready: devices %2, %3 threads")
                     .arg(info.version, info.devices.join(QStringLiteral(", ")))
                     .arg(info.threads));
    emit gpuAvailabilityChanged(info.cuda_available);
    if (!info.cuda_available && device_ != QLatin1String("cpu")) setDevice(QStringLiteral("cpu"));
  });
  connect(engine_, &EngineClient::engineFailed, this, [this](const QString& message) {
    emit logLine(message);
    emit gpuAvailabilityChanged(false);
  });
  // Results describe one volume: a new one invalidates them.
  connect(viewer_, &ViewerModel::volumeChanged, this, [this] {
    findings_->clear();
    overlay_->clear();
  });
}

CtliteRunController::~CtliteRunController() = default;

QString CtliteRunController::modelName() const {
  const QString path = modelPath();
  for (const ModelEntry& model : models())
    if (model.path == path) return model.name;
  return path.isEmpty() ? QString() : QFileInfo(path).fileName();
}

bool CtliteRunController::gpuAvailable() const { return engine_->info() && engine_->info()->cuda_available; }

void CtliteRunController::setDevice(const QString& device) {
  const QString wanted = (device == QLatin1String("cuda") && gpuAvailable()) ? QStringLiteral("cuda") : QStringLiteral("cpu");
  if (wanted == device_) return;
  device_ = wanted;
  emit deviceChanged();
}

void CtliteRunController::setSource(const QString& path, const QString& series_uid) {
  source_path_ = path;
  source_series_uid_ = series_uid;
}

QString CtliteRunController::blockingReason() const {
  if (!viewer_->hasVolume()) return tr("Open a chest CT series first.");
  if (source_path_.isEmpty()) return tr("The current volume has no source file for the engine to read.");
  if (modelPath().isEmpty())
    return tr("No CT-Lite model found in %1. Choose a models folder in the AI menu.")
        .arg(QDir::toNativeSeparators(modelsFolder()));
  if (isRunning()) return tr("A CT-Lite run is already in progress.");
  return {};
}

bool CtliteRunController::run() {
  const QString reason = blockingReason();
  if (!reason.isEmpty()) {
    emit runFailed(reason, QStringLiteral("input"));
    return false;
  }
  // Engine outputs go to a private temporary folder, never next to the input (protocol rule).
  if (!output_dir_ || !output_dir_->isValid()) {
    output_dir_ = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("ctlite-viewer-XXXXXX")));
    if (!output_dir_->isValid()) {
      emit runFailed(tr("Could not create a temporary folder for the engine's results: %1").arg(output_dir_->errorString()),
                     QStringLiteral("internal"));
      return false;
    }
  }
  ScoreRequest request;
  request.path = source_path_;
  request.series_uid = source_series_uid_;
  request.model = modelPath();
  request.device = device_;
  request.pca_out = output_dir_->filePath(QStringLiteral("pca-%1.nii.gz").arg(++run_counter_));
  if (!engine_->score(request)) return false;
  emit runStarted();
  return true;
}

void CtliteRunController::onScoreFinished(const ScoreResult& result) {
  findings_->setResult(result);
  overlay_->clear();
  if (!result.pca_path.isEmpty()) {
    try {
      overlay_->setOverlay(read_pca_overlay(result.pca_path));
    } catch (const std::exception& error) {
      // The scores are still valid; say why the overlay is missing.
      emit logLine(tr("PCA overlay not shown: %1").arg(QString::fromStdString(error.what())));
      emit runFailed(tr("Scores are ready, but the PCA overlay could not be read: %1").arg(QString::fromStdString(error.what())),
                     QStringLiteral("overlay"));
    }
  }
  emit runFinished();
}

}  // namespace ctlite::widgets
