#pragma once
// "Run CT-Lite": turns the loaded series, the chosen model and device into an engine `score`
// request, and the engine's answer into findings and the PCA overlay. No widgets: the window
// binds buttons and panels to it.

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QVector>
#include <memory>

#include "widgets/engine/engine_client.h"
#include "widgets/models/model_library_model.h"

namespace ctlite::widgets {

class FindingsModel;
class OverlayModel;
class ViewerModel;

// $CTLITE_MODELS_DIR, else share/ctlite/models beside the installed viewer, else ./models.
QString default_models_folder();

class CtliteRunController : public QObject {
  Q_OBJECT

 public:
  // The models and the active one come from `library` (not owned).
  CtliteRunController(ViewerModel* viewer, FindingsModel* findings, OverlayModel* overlay,
                      ModelLibraryModel* library, QObject* parent = nullptr);
  ~CtliteRunController() override;

  EngineClient* engine() const { return engine_; }

  // The bundled models folder of the library.
  void setModelsFolder(const QString& folder) { library_->setBundledFolder(folder); }
  QString modelsFolder() const { return library_->bundledFolder(); }
  const QVector<ModelEntry>& models() const { return library_->models(); }
  // The library's active model.
  void setModelPath(const QString& path) { library_->setActiveModelPath(path); }
  QString modelPath() const { return library_->activeModelPath(); }
  QString modelName() const;

  // "cpu" or "cuda"; cuda only once the engine's hello reported it.
  void setDevice(const QString& device);
  QString device() const { return device_; }
  bool gpuAvailable() const;

  // Where the current volume came from: the engine reads the same file itself.
  void setSource(const QString& path, const QString& series_uid);
  QString sourcePath() const { return source_path_; }
  QString sourceSeriesUid() const { return source_series_uid_; }

  bool isRunning() const { return engine_->isScoring(); }
  // Why a run is not possible right now (empty when it is).
  QString blockingReason() const;
  bool run();
  void cancel() { engine_->cancelScore(); }
  // Starts the engine early so its hello (device list) is known before the first run.
  void probeEngine() { engine_->start(); }

 signals:
  void runStarted();
  void progress(const QString& stage, double fraction, const QString& message);
  void runFinished();
  void runFailed(const QString& message, const QString& kind);
  void modelsChanged();
  void deviceChanged();
  void gpuAvailabilityChanged(bool available);
  void logLine(const QString& line);

 private:
  void onScoreFinished(const ScoreResult& result);

  ViewerModel* viewer_;
  FindingsModel* findings_;
  OverlayModel* overlay_;
  ModelLibraryModel* library_;
  EngineClient* engine_;
  std::unique_ptr<QTemporaryDir> output_dir_;
  QString device_ = QStringLiteral("cpu");
  QString source_path_;
  QString source_series_uid_;
  int run_counter_ = 0;
};

}  // namespace ctlite::widgets
