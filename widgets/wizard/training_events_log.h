#pragma once
// The engine's OUT/events.jsonl read incrementally (the file `ctlite train` always appends to,
// one JSON object per line: start, step, checkpoint, message, done; see
// ai/training/training_reporter.h). Each poll reads only the bytes added since the last one and
// keeps a partly written last line for the next poll. A resumed run appends a new "start" with
// resumed_from_step: the steps after it were redone, so their old points are dropped.

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

#include "widgets/wizard/engine_memory.h"

namespace ctlite::widgets {

struct TrainingStepPoint {
  qint64 step = 0;
  double loss = 0;
  QMap<QString, double> terms;  // the stage's loss terms (FAST: attention, feature_self, ...)
  double learning_rate = 0;
};

class TrainingEventsLog {
 public:
  explicit TrainingEventsLog(QString path = {}) : path_(std::move(path)) {}

  // Reads what was appended; true when at least one complete new line was read.
  bool poll();

  const QString& path() const { return path_; }
  const QVector<TrainingStepPoint>& points() const { return points_; }
  QStringList termNames() const;
  qint64 totalSteps() const { return total_steps_; }
  double etaSeconds() const { return eta_seconds_; }
  std::optional<bool> finished() const { return finished_; }  // set by the "done" event
  QString lastMessage() const { return last_message_; }
  const std::optional<EngineMemory>& memory() const { return memory_; }  // of the last step event
  int malformedLines() const { return malformed_lines_; }

 private:
  void parseLine(const QByteArray& line);

  QString path_;
  qint64 offset_ = 0;
  QByteArray partial_;
  QVector<TrainingStepPoint> points_;
  qint64 total_steps_ = 0;
  double eta_seconds_ = 0;
  std::optional<bool> finished_;
  QString last_message_;
  std::optional<EngineMemory> memory_;
  int malformed_lines_ = 0;
};

}  // namespace ctlite::widgets
