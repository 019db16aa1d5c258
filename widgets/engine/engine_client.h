#pragma once
// Drives a `ctlite serve` engine process over JSON lines (docs/ENGINE_PROTOCOL.md). The GUI never
// links LibTorch: the engine owns the model, and a crash there costs a message, not the viewer.

#include <QByteArrayList>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <optional>

#include "widgets/engine/engine_protocol.h"

class QTimer;

namespace ctlite::widgets {

class EngineClient : public QObject {
  Q_OBJECT

 public:
  explicit EngineClient(QObject* parent = nullptr);
  ~EngineClient() override;

  // The engine command; by default `ctlite serve` from beside the viewer executable.
  void setProgram(const QString& program, const QStringList& arguments = {QStringLiteral("serve")});
  QString program() const { return program_; }

  bool isRunning() const;
  bool isScoring() const { return score_id_ >= 0; }
  const std::optional<EngineInfo>& info() const { return info_; }

  // Launches the engine (if it is not running) and asks for `hello`.
  void start();
  // Starts scoring; returns false (and emits scoreFailed) when a score is already running.
  bool score(const ScoreRequest& request);
  // Asks the engine to cancel the running score; kills it if it does not answer in time.
  void cancelScore();
  // Polite shutdown, then kill after a grace period.
  void stop();

  // How long a cancelled score may take to answer before the engine is killed.
  void setCancelGraceMs(int milliseconds) { cancel_grace_ms_ = milliseconds; }

 signals:
  void engineReady(const ctlite::widgets::EngineInfo& info);
  void scoreProgress(const QString& stage, double fraction, const QString& message);
  void scoreFinished(const ctlite::widgets::ScoreResult& result);
  // kind: input | model | cancelled | internal | engine (the process failed)
  void scoreFailed(const QString& message, const QString& kind);
  // The engine could not start, crashed or broke the protocol.
  void engineFailed(const QString& message);
  void busyChanged(bool busy);
  void logLine(const QString& line);

 private:
  void send(const QByteArray& line);
  void onStarted();
  void onStandardOutput();
  void onStandardError();
  void onFinished(int exit_code, QProcess::ExitStatus status);
  void onProcessError(QProcess::ProcessError error);
  void handleReply(const EngineReply& reply);
  void finishScore();
  void failRunningScore(const QString& message, const QString& kind);
  QString recentErrorText() const;

  QString program_;
  QStringList arguments_;
  QProcess* process_ = nullptr;
  QTimer* cancel_timer_ = nullptr;
  QByteArray stdout_buffer_;
  QByteArray stderr_buffer_;
  QStringList recent_stderr_;
  QByteArrayList unsent_;
  std::optional<EngineInfo> info_;
  int next_id_ = 1;
  int hello_id_ = -1;
  int score_id_ = -1;
  bool cancelling_ = false;
  bool stopping_ = false;
  int cancel_grace_ms_ = 5000;
};

// `ctlite` next to the running executable (the installed layout), else from PATH.
QString default_engine_program();

}  // namespace ctlite::widgets
