#pragma once
// Drives one training job from the GUI: polls the current step's process and events.jsonl
// (twice a second), starts the next step when one completes (FAST → SFP → evaluation), and
// carries out pause / resume / cancel. Re-attaching is constructing it on a job read from disk.
// The view (training_job_view.h) only binds to it.

#include <QObject>
#include <QTimer>
#include <QVector>

#include "widgets/wizard/training_events_log.h"
#include "widgets/wizard/training_job.h"

namespace ctlite::widgets {

class TrainingJobController : public QObject {
  Q_OBJECT

 public:
  explicit TrainingJobController(TrainingJob job, QObject* parent = nullptr);

  const TrainingJob& job() const { return job_; }
  // The events of training step `step` (empty log for evaluation steps).
  const TrainingEventsLog& events(int step) const { return events_[step]; }
  bool isRunning() const { return job_.state == JobState::Running; }
  bool canPause() const { return isRunning(); }
  bool canResume() const { return job_.state == JobState::Paused || job_.state == JobState::Failed; }
  bool canCancel() const { return !job_.isDone(); }
  // The finished job's bundle (the last training step's OUT/model), or empty.
  QString bundleFolder() const;

 public slots:
  // Starts the job's first step (a new job), or re-attaches (a running one).
  void start();
  void pause();
  void resume();
  void cancel();
  void poll();

 signals:
  void changed();
  void failed(const QString& message);

 private:
  void save();
  void startCurrent(bool resume);

  TrainingJob job_;
  QVector<TrainingEventsLog> events_;
  QTimer timer_;
};

}  // namespace ctlite::widgets
