#pragma once
// The models the workstation can run, and which one Run CT-Lite uses: the bundled models folder
// (shipped read-only beside the program) plus the user's model library
// (QStandardPaths::AppLocalDataLocation/models), both listed by core::list_model_bundles — the
// one way bundles are found. The active model persists in QSettings ("engine/model", the bundle
// folder), so the choice survives restarts and the fine-tuning wizard's "Use this model" is
// what the next run scores with.

#include <QObject>
#include <QString>
#include <QVector>
#include <optional>

#include "core/evaluation/evaluation_report.h"
#include "core/model_library/model_library.h"

class QSettings;

namespace ctlite::widgets {

struct ModelEntry {
  QString id;    // "bundled/<folder>" or "library/<folder>": unique across both folders
  QString name;  // the manifest's "name", else the folder name
  QString path;  // the bundle folder: what the engine's `model` parameter receives
  QString version;
  bool registered = false;  // lives in the user's library (registered by the wizard or CLI)
  std::optional<double> macro_auroc;
  QString problem;  // why its manifest could not be read (empty when it could)
};

class ModelLibraryModel : public QObject {
  Q_OBJECT

 public:
  // `settings` (not owned, may be null: nothing persists) must outlive this object.
  explicit ModelLibraryModel(QSettings* settings, QObject* parent = nullptr);

  // <AppLocalDataLocation>/models, e.g. ~/.local/share/CT-Lite/ctlite-viewer/models.
  static QString defaultLibraryFolder();

  void setBundledFolder(const QString& folder);
  QString bundledFolder() const { return bundled_folder_; }
  void setLibraryFolder(const QString& folder);
  QString libraryFolder() const { return library_folder_; }
  // Scans both folders again (emits modelsChanged).
  void refresh();

  // Bundled models first, then registered ones, each sorted by folder name.
  const QVector<ModelEntry>& models() const { return models_; }
  const ModelEntry* find(const QString& id) const;

  // Copies the finished bundle folder into the library with its lineage and (when given) the
  // evaluation's metrics and thresholds in its manifest (core::ModelLibrary::register_bundle),
  // rescans, and returns the new entry. Does not change the active model. Throws
  // core::InputError / core::OutputError naming the file; nothing is left in the library then.
  ModelEntry registerBundle(const QString& bundle_folder, const core::ModelLineage& lineage,
                            const core::EvaluationReport* evaluation = nullptr);

  // Makes a listed model the one Run CT-Lite uses and persists the choice. False for an
  // unknown id.
  bool setActiveModel(const QString& id);
  // The same by bundle folder (the model chooser and --model DIR); an unlisted folder is
  // accepted as is, so a model outside both folders can still be run.
  void setActiveModelPath(const QString& path);
  // The chosen model's folder; when none was chosen (or it disappeared) the first listed.
  QString activeModelPath() const;
  QString activeModelId() const;  // empty when the active folder is not listed

 signals:
  void modelsChanged();
  void activeModelChanged();

 private:
  QSettings* settings_;
  QString bundled_folder_;
  QString library_folder_;
  QVector<ModelEntry> models_;
  QString active_path_;
};

}  // namespace ctlite::widgets
