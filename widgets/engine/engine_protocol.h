#pragma once
// The JSON-lines protocol of `ctlite serve` (docs/ENGINE_PROTOCOL.md), as Qt values: request
// lines to write and reply lines parsed into typed messages. Pure functions, no process.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>
#include <optional>

namespace ctlite::widgets {

struct EngineInfo {
  QString version;
  QStringList devices;
  bool cuda_available = false;
  int threads = 0;
};

struct ModelIdentity {
  QString id;
  QString name;
  QString version;
  QString weights_sha256;
  QString input;
  QString notice;  // e.g. "Trained on synthetic phantoms. Not for clinical use."
};

struct Finding {
  QString name;
  double score = 0.0;
  double threshold = 0.5;
  bool present = false;
  std::optional<std::array<int, 3>> evidence_voxel;  // in the input volume's voxel grid
};

struct ScoreResult {
  ModelIdentity model;
  QString device;
  QVector<Finding> findings;  // CT-RATE order, as the engine sent them
  QVector<QPair<QString, double>> timings_ms;
  QString pca_path;  // empty when the engine produced no overlay
  QJsonObject json;  // the result as sent: the findings file `ctlite export --findings` reads
};

struct ScoreRequest {
  QString path;
  QString series_uid;
  QString model;
  QString device = QStringLiteral("cpu");
  QString pca_out;
};

struct EngineReply {
  enum class Kind { Progress, Result, Error };
  Kind kind = Kind::Error;
  std::optional<int> id;  // absent for errors about unparseable requests
  // progress
  QString stage;
  double fraction = 0.0;
  QString message;  // progress text or error message
  // result
  QJsonObject result;
  // error: input | model | cancelled | internal
  QString error_kind;
};

QByteArray hello_request(int id);
QByteArray score_request(int id, const ScoreRequest& request);
QByteArray cancel_request(int id, int target);
QByteArray shutdown_request(int id);

// One line from the engine's stdout. Returns nullopt (and sets `problem`) for lines that are not
// protocol messages at all, which the client reports instead of guessing.
std::optional<EngineReply> parse_engine_reply(const QByteArray& line, QString* problem);

// Typed views of a `result` object; nullopt with `problem` set when required fields are missing.
std::optional<EngineInfo> parse_hello_result(const QJsonObject& result, QString* problem);
std::optional<ScoreResult> parse_score_result(const QJsonObject& result, QString* problem);

}  // namespace ctlite::widgets
