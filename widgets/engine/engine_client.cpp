#include "widgets/engine/engine_client.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

#include "core/common/compute_thread_environment.h"

namespace ctlite::widgets {

namespace {
// A result line is a few kB; anything this long without a newline is not our protocol.
constexpr qsizetype kMaximumLineBytes = 16 * 1024 * 1024;
constexpr int kRecentStderrLines = 6;
}  // namespace

QString default_engine_program() {
  const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ctlite"));
  if (QFileInfo(beside).isExecutable()) return beside;
  const QString on_path = QStandardPaths::findExecutable(QStringLiteral("ctlite"));
  return on_path.isEmpty() ? beside : on_path;
}

EngineClient::EngineClient(QObject* parent)
    : QObject(parent), program_(default_engine_program()), arguments_{QStringLiteral("serve")} {
  cancel_timer_ = new QTimer(this);
  cancel_timer_->setSingleShot(true);
  connect(cancel_timer_, &QTimer::timeout, this, [this] {
    if (!isScoring() || process_ == nullptr) return;
    emit logLine(tr("The engine did not answer the cancel request; stopping it."));
    process_->kill();
  });
}

EngineClient::~EngineClient() {
  if (process_ == nullptr) return;
  process_->disconnect(this);
  if (process_->state() != QProcess::NotRunning) {
    process_->write(shutdown_request(next_id_++));
    process_->closeWriteChannel();
    if (!process_->waitForFinished(1500)) {
      process_->kill();
      process_->waitForFinished(1000);
    }
  }
}

void EngineClient::setProgram(const QString& program, const QStringList& arguments) {
  program_ = program;
  arguments_ = arguments;
}

bool EngineClient::isRunning() const {
  return process_ != nullptr && process_->state() != QProcess::NotRunning;
}

void EngineClient::start() {
  if (isRunning()) return;
  if (process_ != nullptr) process_->deleteLater();
  process_ = new QProcess(this);
  process_->setProgram(program_);
  process_->setArguments(arguments_);
  // The engine re-executes itself when these are missing (a second LibTorch start-up, ~1.4 s
  // here); setting them up front spares that. The user's own values win, as in the engine.
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  for (const auto& setting : core::kComputeThreadEnvironment) {
    const QString name = QString::fromLatin1(setting.name.data(), static_cast<int>(setting.name.size()));
    if (!environment.contains(name))
      environment.insert(name, QString::fromLatin1(setting.value.data(), static_cast<int>(setting.value.size())));
  }
  process_->setProcessEnvironment(environment);
  connect(process_, &QProcess::started, this, &EngineClient::onStarted);
  connect(process_, &QProcess::readyReadStandardOutput, this, &EngineClient::onStandardOutput);
  connect(process_, &QProcess::readyReadStandardError, this, &EngineClient::onStandardError);
  connect(process_, &QProcess::finished, this, &EngineClient::onFinished);
  connect(process_, &QProcess::errorOccurred, this, &EngineClient::onProcessError);
  stdout_buffer_.clear();
  stderr_buffer_.clear();
  recent_stderr_.clear();
  info_.reset();
  stopping_ = false;
  hello_id_ = next_id_++;
  unsent_.prepend(hello_request(hello_id_));
  emit logLine(tr("Starting engine: %1 %2").arg(program_, arguments_.join(QLatin1Char(' '))));
  process_->start();
}

void EngineClient::send(const QByteArray& line) {
  if (process_ != nullptr && process_->state() == QProcess::Running) process_->write(line);
  else unsent_.append(line);
}

void EngineClient::onStarted() {
  for (const QByteArray& line : std::as_const(unsent_)) process_->write(line);
  unsent_.clear();
}

bool EngineClient::score(const ScoreRequest& request) {
  if (isScoring()) {
    emit scoreFailed(tr("A CT-Lite run is already in progress."), QStringLiteral("busy"));
    return false;
  }
  if (!isRunning()) start();
  score_id_ = next_id_++;
  cancelling_ = false;
  emit busyChanged(true);
  send(score_request(score_id_, request));
  return true;
}

void EngineClient::cancelScore() {
  if (!isScoring() || cancelling_) return;
  cancelling_ = true;
  send(cancel_request(next_id_++, score_id_));
  cancel_timer_->start(cancel_grace_ms_);
}

void EngineClient::stop() {
  if (!isRunning()) return;
  stopping_ = true;
  send(shutdown_request(next_id_++));
  process_->closeWriteChannel();
  QTimer::singleShot(3000, process_, [process = process_] {
    if (process->state() != QProcess::NotRunning) process->kill();
  });
}

void EngineClient::onStandardOutput() {
  stdout_buffer_ += process_->readAllStandardOutput();
  qsizetype newline;
  while ((newline = stdout_buffer_.indexOf('\n')) >= 0) {
    const QByteArray line = stdout_buffer_.left(newline).trimmed();
    stdout_buffer_.remove(0, newline + 1);
    if (line.isEmpty()) continue;
    QString problem;
    if (const auto reply = parse_engine_reply(line, &problem)) handleReply(*reply);
    else emit logLine(tr("Ignored a line from the engine (%1)").arg(problem));
  }
  if (stdout_buffer_.size() > kMaximumLineBytes) {
    stdout_buffer_.clear();
    emit engineFailed(tr("The CT-Lite engine sent an over-long line; it does not speak the viewer's protocol."));
    process_->kill();
  }
}

void EngineClient::onStandardError() {
  stderr_buffer_ += process_->readAllStandardError();
  qsizetype newline;
  while ((newline = stderr_buffer_.indexOf('\n')) >= 0) {
    const QString line = QString::fromUtf8(stderr_buffer_.left(newline)).trimmed();
    stderr_buffer_.remove(0, newline + 1);
    if (line.isEmpty()) continue;
    recent_stderr_.append(line);
    while (recent_stderr_.size() > kRecentStderrLines) recent_stderr_.removeFirst();
    emit logLine(line);
  }
  if (stderr_buffer_.size() > kMaximumLineBytes) stderr_buffer_.clear();
}

void EngineClient::handleReply(const EngineReply& reply) {
  if (!reply.id) {
    emit logLine(tr("Engine error: %1").arg(reply.message));
    return;
  }
  const int id = *reply.id;
  if (id == hello_id_ && reply.kind != EngineReply::Kind::Progress) {
    hello_id_ = -1;
    QString problem;
    if (reply.kind == EngineReply::Kind::Error) {
      emit engineFailed(tr("The CT-Lite engine refused to start: %1").arg(reply.message));
    } else if (const auto info = parse_hello_result(reply.result, &problem)) {
      info_ = info;
      emit engineReady(*info);
    } else {
      emit engineFailed(tr("The CT-Lite engine answered hello with an unexpected reply: %1").arg(problem));
    }
    return;
  }
  if (id != score_id_) return;  // answers to cancel/shutdown carry nothing the GUI needs
  switch (reply.kind) {
    case EngineReply::Kind::Progress:
      emit scoreProgress(reply.stage, reply.fraction, reply.message);
      break;
    case EngineReply::Kind::Result: {
      QString problem;
      const auto result = parse_score_result(reply.result, &problem);
      finishScore();
      if (result) emit scoreFinished(*result);
      else emit scoreFailed(tr("The engine's result could not be read: %1").arg(problem), QStringLiteral("internal"));
      break;
    }
    case EngineReply::Kind::Error:
      finishScore();
      emit scoreFailed(reply.message, reply.error_kind);
      break;
  }
}

void EngineClient::finishScore() {
  score_id_ = -1;
  cancelling_ = false;
  cancel_timer_->stop();
  emit busyChanged(false);
}

void EngineClient::failRunningScore(const QString& message, const QString& kind) {
  if (!isScoring()) return;
  finishScore();
  emit scoreFailed(message, kind);
}

QString EngineClient::recentErrorText() const {
  return recent_stderr_.isEmpty() ? QString()
                                  : tr(" Last engine messages: %1").arg(recent_stderr_.join(QStringLiteral(" | ")));
}

void EngineClient::onFinished(int exit_code, QProcess::ExitStatus status) {
  unsent_.clear();
  const bool expected = stopping_ || (cancelling_ && status == QProcess::CrashExit);
  if (cancelling_) {
    failRunningScore(tr("The CT-Lite run was cancelled."), QStringLiteral("cancelled"));
  } else if (!expected) {
    const QString how = status == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exit_code);
    const QString message = tr("The CT-Lite engine stopped unexpectedly (%1).").arg(how) + recentErrorText();
    failRunningScore(message, QStringLiteral("engine"));
    emit engineFailed(message);
  }
  hello_id_ = -1;
  info_.reset();
}

void EngineClient::onProcessError(QProcess::ProcessError error) {
  if (error != QProcess::FailedToStart) return;  // crashes arrive through finished()
  unsent_.clear();
  const QString message = tr("Could not start the CT-Lite engine \"%1\": %2").arg(program_, process_->errorString());
  failRunningScore(message, QStringLiteral("engine"));
  emit engineFailed(message);
}

}  // namespace ctlite::widgets
