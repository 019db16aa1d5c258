#include "widgets/engine/engine_protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace ctlite::widgets {

namespace {

QByteArray to_line(const QJsonObject& object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject request(int id, const char* method) {
  return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("method"), QLatin1String(method)}};
}

void set_problem(QString* problem, const QString& text) {
  if (problem) *problem = text;
}

}  // namespace

QByteArray hello_request(int id) { return to_line(request(id, "hello")); }

QByteArray score_request(int id, const ScoreRequest& score) {
  QJsonObject object = request(id, "score");
  object.insert(QStringLiteral("params"),
                QJsonObject{{QStringLiteral("path"), score.path},
                            {QStringLiteral("series_uid"), score.series_uid},
                            {QStringLiteral("model"), score.model},
                            {QStringLiteral("device"), score.device},
                            {QStringLiteral("pca_out"), score.pca_out}});
  return to_line(object);
}

QByteArray cancel_request(int id, int target) {
  QJsonObject object = request(id, "cancel");
  object.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("target"), target}});
  return to_line(object);
}

QByteArray shutdown_request(int id) { return to_line(request(id, "shutdown")); }

std::optional<EngineReply> parse_engine_reply(const QByteArray& line, QString* problem) {
  QJsonParseError error{};
  const QJsonDocument document = QJsonDocument::fromJson(line, &error);
  if (error.error != QJsonParseError::NoError || !document.isObject()) {
    set_problem(problem, QStringLiteral("not a JSON object: %1").arg(QString::fromUtf8(line.left(120))));
    return std::nullopt;
  }
  const QJsonObject object = document.object();
  EngineReply reply;
  const QJsonValue id = object.value(QStringLiteral("id"));
  if (id.isDouble()) reply.id = id.toInt();
  else if (!id.isNull()) {
    set_problem(problem, QStringLiteral("reply without a numeric id"));
    return std::nullopt;
  }
  if (object.value(QStringLiteral("event")).toString() == QLatin1String("progress")) {
    reply.kind = EngineReply::Kind::Progress;
    reply.stage = object.value(QStringLiteral("stage")).toString();
    reply.fraction = std::clamp(object.value(QStringLiteral("fraction")).toDouble(), 0.0, 1.0);
    reply.message = object.value(QStringLiteral("message")).toString();
    return reply;
  }
  if (object.contains(QStringLiteral("result"))) {
    reply.kind = EngineReply::Kind::Result;
    reply.result = object.value(QStringLiteral("result")).toObject();
    return reply;
  }
  if (object.contains(QStringLiteral("error"))) {
    const QJsonObject error_object = object.value(QStringLiteral("error")).toObject();
    reply.kind = EngineReply::Kind::Error;
    reply.message = error_object.value(QStringLiteral("message")).toString(QStringLiteral("unknown engine error"));
    reply.error_kind = error_object.value(QStringLiteral("kind")).toString(QStringLiteral("internal"));
    return reply;
  }
  set_problem(problem, QStringLiteral("reply is neither progress, result nor error"));
  return std::nullopt;
}

std::optional<EngineInfo> parse_hello_result(const QJsonObject& result, QString* problem) {
  if (!result.value(QStringLiteral("version")).isString()) {
    set_problem(problem, QStringLiteral("hello result has no version"));
    return std::nullopt;
  }
  EngineInfo info;
  info.version = result.value(QStringLiteral("version")).toString();
  for (const QJsonValue& device : result.value(QStringLiteral("devices")).toArray())
    info.devices << device.toString();
  info.cuda_available = result.value(QStringLiteral("cuda_available")).toBool(false);
  info.threads = result.value(QStringLiteral("threads")).toInt(0);
  return info;
}

std::optional<ScoreResult> parse_score_result(const QJsonObject& result, QString* problem) {
  const QJsonValue findings = result.value(QStringLiteral("findings"));
  if (!findings.isArray()) {
    set_problem(problem, QStringLiteral("score result has no findings array"));
    return std::nullopt;
  }
  ScoreResult score;
  score.json = result;
  const QJsonObject model = result.value(QStringLiteral("model")).toObject();
  score.model.id = model.value(QStringLiteral("id")).toString();
  score.model.name = model.value(QStringLiteral("name")).toString(score.model.id);
  score.model.version = model.value(QStringLiteral("version")).toString();
  score.model.weights_sha256 = model.value(QStringLiteral("weights_sha256")).toString();
  score.model.input = model.value(QStringLiteral("input")).toString();
  score.model.notice = model.value(QStringLiteral("notice")).toString();
  score.device = result.value(QStringLiteral("device")).toString();
  score.pca_path = result.value(QStringLiteral("pca")).toString();
  for (const QJsonValue& value : findings.toArray()) {
    const QJsonObject object = value.toObject();
    Finding finding;
    finding.name = object.value(QStringLiteral("name")).toString();
    finding.score = object.value(QStringLiteral("score")).toDouble(std::nan(""));
    finding.threshold = object.value(QStringLiteral("threshold")).toDouble(0.5);
    if (finding.name.isEmpty() || !std::isfinite(finding.score)) {
      set_problem(problem, QStringLiteral("a finding lacks a name or a numeric score"));
      return std::nullopt;
    }
    finding.present = object.value(QStringLiteral("present")).toBool(finding.score >= finding.threshold);
    const QJsonArray voxel = object.value(QStringLiteral("evidence_voxel")).toArray();
    if (voxel.size() == 3 && voxel[0].isDouble() && voxel[1].isDouble() && voxel[2].isDouble())
      finding.evidence_voxel = std::array<int, 3>{voxel[0].toInt(), voxel[1].toInt(), voxel[2].toInt()};
    score.findings.push_back(finding);
  }
  const QJsonObject timings = result.value(QStringLiteral("timings_ms")).toObject();
  for (const QString& stage : {QStringLiteral("load"), QStringLiteral("preprocess"), QStringLiteral("encode"),
                               QStringLiteral("score")})
    if (timings.contains(stage)) score.timings_ms.push_back({stage, timings.value(stage).toDouble()});
  return score;
}

}  // namespace ctlite::widgets
