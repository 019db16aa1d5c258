#include "widgets/wizard/teacher_facts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "widgets/workstation/ctlite_run_controller.h"

namespace ctlite::widgets {
namespace {

// Manifests are small; anything larger is not one (and is not read into memory).
constexpr qint64 kMaxJsonBytes = 4 * 1024 * 1024;

QJsonObject read_json_object(const QString& path, QString& problem) {
  QFile file(path);
  if (file.size() > kMaxJsonBytes) {
    problem = QStringLiteral("%1: larger than 4 MiB, not a configuration").arg(path);
    return {};
  }
  if (!file.open(QIODevice::ReadOnly)) {
    problem = QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString());
    return {};
  }
  QJsonParseError error{};
  const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
  if (!document.isObject()) {
    problem = QStringLiteral("%1: not a JSON object (%2)").arg(path, error.errorString());
    return {};
  }
  return document.object();
}

void take_ctvit_sizes(const QJsonObject& ctvit, TeacherFacts& facts) {
  facts.dim = ctvit.value(QLatin1String("dim")).toInteger(facts.dim);
  facts.image_size = ctvit.value(QLatin1String("image_size")).toInteger(facts.image_size);
  facts.patch_size = ctvit.value(QLatin1String("patch_size")).toInteger(facts.patch_size);
  facts.temporal_patch_size = ctvit.value(QLatin1String("temporal_patch_size")).toInteger(facts.temporal_patch_size);
}

}  // namespace

TeacherFacts read_teacher_facts(const QString& path, const QString& ctvit_config) {
  TeacherFacts facts;
  const QFileInfo info(path);
  if (path.isEmpty()) {
    facts.problem = QStringLiteral("no teacher chosen");
    return facts;
  }
  if (info.isDir()) {
    for (const QString& folder : {path, QDir(path).filePath(QStringLiteral("model"))})
      if (QFileInfo(QDir(folder).filePath(QStringLiteral("manifest.json"))).isFile()) {
        facts.bundle_folder = folder;
        break;
      }
    if (facts.bundle_folder.isEmpty()) {
      facts.problem = QStringLiteral("%1: no manifest.json (neither a CT-Lite bundle nor a training output)").arg(path);
      return facts;
    }
    const QJsonObject manifest =
        read_json_object(QDir(facts.bundle_folder).filePath(QStringLiteral("manifest.json")), facts.problem);
    if (!facts.problem.isEmpty()) return facts;
    const QJsonObject model = manifest.value(QLatin1String("model")).toObject();
    if (!model.value(QLatin1String("ctvit")).isObject()) {
      facts.problem = QStringLiteral("%1/manifest.json: no model.ctvit section").arg(facts.bundle_folder);
      return facts;
    }
    facts.is_bundle = true;
    facts.name = manifest.value(QLatin1String("name")).toString();
    take_ctvit_sizes(model.value(QLatin1String("ctvit")).toObject(), facts);
    facts.latent_size = model.value(QLatin1String("latent_size")).toInteger(facts.latent_size);
    return facts;
  }
  if (!info.isFile()) {
    facts.problem = QStringLiteral("%1: does not exist").arg(path);
    return facts;
  }
  const QString suffix = info.suffix().toLower();
  if (suffix != QLatin1String("pt") && suffix != QLatin1String("pth") && suffix != QLatin1String("safetensors")) {
    facts.problem = QStringLiteral("%1: not a weights file (.pt, .pth or .safetensors)").arg(path);
    return facts;
  }
  if (!ctvit_config.isEmpty()) {
    const QJsonObject config = read_json_object(ctvit_config, facts.problem);
    if (!facts.problem.isEmpty()) return facts;
    take_ctvit_sizes(config, facts);
  }
  return facts;
}

QString bundled_demo_model(const QString& models_folder) {
  for (const QString& folder : {models_folder, default_models_folder()}) {
    const QString candidate = QDir(folder).filePath(QStringLiteral("ctlite-demo"));
    if (!folder.isEmpty() && QFileInfo(QDir(candidate).filePath(QStringLiteral("manifest.json"))).isFile())
      return candidate;
  }
  return {};
}

}  // namespace ctlite::widgets
