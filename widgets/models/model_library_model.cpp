#include "widgets/models/model_library_model.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

#include "core/common/errors.h"

namespace ctlite::widgets {

namespace {

const QString kActiveModelKey = QStringLiteral("engine/model");

QVector<ModelEntry> entries(const QString& folder, bool registered) {
  QVector<ModelEntry> out;
  for (const core::LibraryModel& model : core::list_model_bundles(folder.toStdString())) {
    ModelEntry entry;
    entry.id = (registered ? QStringLiteral("library/") : QStringLiteral("bundled/")) + QString::fromStdString(model.id);
    entry.name = QString::fromStdString(model.name);
    entry.path = QString::fromStdString(model.path);
    entry.version = QString::fromStdString(model.version);
    entry.registered = registered;
    entry.macro_auroc = model.macro_auroc;
    entry.problem = QString::fromStdString(model.problem);
    out.push_back(entry);
  }
  return out;
}

QString clean(const QString& path) { return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath(); }

}  // namespace

ModelLibraryModel::ModelLibraryModel(QSettings* settings, QObject* parent)
    : QObject(parent), settings_(settings), library_folder_(defaultLibraryFolder()) {
  if (settings_) active_path_ = clean(settings_->value(kActiveModelKey).toString());
}

QString ModelLibraryModel::defaultLibraryFolder() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("models"));
}

void ModelLibraryModel::setBundledFolder(const QString& folder) {
  bundled_folder_ = folder;
  refresh();
}

void ModelLibraryModel::setLibraryFolder(const QString& folder) {
  library_folder_ = folder;
  refresh();
}

void ModelLibraryModel::refresh() {
  models_ = entries(bundled_folder_, false);
  // The bundled folder may be the library itself (--models pointing there): list it once.
  const QString library = QFileInfo(library_folder_).canonicalFilePath();
  if (library.isEmpty() || library != QFileInfo(bundled_folder_).canonicalFilePath())
    models_ += entries(library_folder_, true);
  emit modelsChanged();
}

const ModelEntry* ModelLibraryModel::find(const QString& id) const {
  auto it = std::find_if(models_.begin(), models_.end(), [&](const ModelEntry& m) { return m.id == id; });
  return it == models_.end() ? nullptr : &*it;
}

ModelEntry ModelLibraryModel::registerBundle(const QString& bundle_folder, const core::ModelLineage& lineage,
                                             const core::EvaluationReport* evaluation) {
  const core::LibraryModel added =
      core::ModelLibrary(library_folder_.toStdString()).register_bundle(bundle_folder.toStdString(), lineage, evaluation);
  refresh();
  const QString id = QStringLiteral("library/") + QString::fromStdString(added.id);
  if (const ModelEntry* entry = find(id)) return *entry;
  throw core::OutputError(added.path, "was registered but is no longer in the model library");
}

bool ModelLibraryModel::setActiveModel(const QString& id) {
  const ModelEntry* entry = find(id);
  if (!entry) return false;
  setActiveModelPath(entry->path);
  return true;
}

void ModelLibraryModel::setActiveModelPath(const QString& path) {
  const QString cleaned = clean(path);
  if (cleaned == active_path_) return;
  active_path_ = cleaned;
  if (settings_) settings_->setValue(kActiveModelKey, active_path_);
  emit activeModelChanged();
}

QString ModelLibraryModel::activeModelPath() const {
  if (!active_path_.isEmpty() && QFileInfo(active_path_).isDir()) return active_path_;
  return models_.isEmpty() ? QString() : models_.front().path;
}

QString ModelLibraryModel::activeModelId() const {
  const QString path = activeModelPath();
  for (const ModelEntry& m : models_)
    if (m.path == path) return m.id;
  return {};
}

}  // namespace ctlite::widgets
