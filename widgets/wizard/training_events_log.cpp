#include "widgets/wizard/training_events_log.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ctlite::widgets {
namespace {
// Read at most this much per poll so a huge log never stalls the interface.
constexpr qint64 kMaxBytesPerPoll = 8 * 1024 * 1024;
}

bool TrainingEventsLog::poll() {
  QFile file(path_);
  if (!file.open(QIODevice::ReadOnly)) return false;
  if (file.size() < offset_) {  // replaced by a fresh run: start over
    *this = TrainingEventsLog(path_);
  }
  if (!file.seek(offset_)) return false;
  const QByteArray chunk = file.read(kMaxBytesPerPoll);
  if (chunk.isEmpty()) return false;
  offset_ += chunk.size();
  partial_ += chunk;
  const int last_newline = partial_.lastIndexOf('\n');
  if (last_newline < 0) return false;
  const QByteArray complete = partial_.left(last_newline);
  partial_ = partial_.mid(last_newline + 1);
  for (const QByteArray& line : complete.split('\n'))
    if (!line.trimmed().isEmpty()) parseLine(line);
  return true;
}

void TrainingEventsLog::parseLine(const QByteArray& line) {
  const QJsonDocument document = QJsonDocument::fromJson(line);
  if (!document.isObject()) {
    ++malformed_lines_;
    return;
  }
  const QJsonObject event = document.object();
  const QString kind = event.value(QLatin1String("event")).toString();
  if (kind == QLatin1String("start")) {
    const qint64 resumed = event.value(QLatin1String("resumed_from_step")).toInteger();
    points_.erase(std::remove_if(points_.begin(), points_.end(),
                                 [resumed](const TrainingStepPoint& p) { return p.step > resumed; }),
                  points_.end());
    finished_.reset();
  } else if (kind == QLatin1String("step")) {
    TrainingStepPoint point;
    point.step = event.value(QLatin1String("step")).toInteger();
    point.loss = event.value(QLatin1String("loss")).toDouble();
    point.learning_rate = event.value(QLatin1String("lr")).toDouble();
    const QJsonObject terms = event.value(QLatin1String("terms")).toObject();
    for (auto it = terms.begin(); it != terms.end(); ++it) point.terms.insert(it.key(), it.value().toDouble());
    total_steps_ = event.value(QLatin1String("total_steps")).toInteger(total_steps_);
    eta_seconds_ = event.value(QLatin1String("eta_seconds")).toDouble();
    memory_ = engine_memory_from_event(event);
    points_.push_back(point);
  } else if (kind == QLatin1String("message")) {
    last_message_ = event.value(QLatin1String("message")).toString();
  } else if (kind == QLatin1String("done")) {
    finished_ = event.value(QLatin1String("finished")).toBool();
  }
}

QStringList TrainingEventsLog::termNames() const {
  QStringList names;
  for (const auto& point : points_)
    for (auto it = point.terms.keyBegin(); it != point.terms.keyEnd(); ++it)
      if (!names.contains(*it)) names << *it;
  return names;
}

}  // namespace ctlite::widgets
