#include "widgets/wizard/training_job_controller.h"

#include <QDir>
#include <QFileInfo>

namespace ctlite::widgets {
namespace {
constexpr int kPollMs = 500;
}

TrainingJobController::TrainingJobController(TrainingJob job, QObject* parent) : QObject(parent), job_(std::move(job)) {
  for (const JobStep& step : job_.steps)
    events_.push_back(TrainingEventsLog(step.output_folder.isEmpty()
                                            ? QString()
                                            : QDir(step.output_folder).filePath(QStringLiteral("events.jsonl"))));
  timer_.setInterval(kPollMs);
  connect(&timer_, &QTimer::timeout, this, &TrainingJobController::poll);
}

QString TrainingJobController::bundleFolder() const { return job_bundle_folder(job_); }

void TrainingJobController::save() {
  QString error;
  if (!write_job(job_, &error)) emit failed(error);
}

void TrainingJobController::startCurrent(bool resume) {
  QString error;
  if (!start_current_step(job_, resume, &error)) emit failed(error);
  save();
}

void TrainingJobController::start() {
  if (job_.pid == 0 && job_.state != JobState::Cancelled && !job_.isDone()) startCurrent(false);
  timer_.start();
  poll();
}

void TrainingJobController::pause() {
  if (!canPause()) return;
  job_.state = JobState::Paused;
  job_.message = tr("pausing: the engine writes a checkpoint");
  interrupt_current_step(job_);
  save();
  emit changed();
}

void TrainingJobController::resume() {
  if (!canResume() || step_process_alive(job_)) return;
  const JobStep* step = job_.currentStep();
  if (step && QFileInfo::exists(step->completion_path)) {
    // It completed before the pause took effect: continue with the next step.
    job_.state = JobState::Running;
    poll();
    return;
  }
  startCurrent(true);
  timer_.start();
  emit changed();
}

void TrainingJobController::cancel() {
  if (!canCancel()) return;
  const bool alive = step_process_alive(job_);
  job_.state = JobState::Cancelled;
  job_.message = alive ? tr("cancelled: the engine writes a checkpoint and stops") : tr("cancelled");
  if (alive) interrupt_current_step(job_);
  save();
  emit changed();
}

void TrainingJobController::poll() {
  bool changed_anything = false;
  for (int i = 0; i <= job_.current && i < events_.size(); ++i)
    if (!events_[i].path().isEmpty()) changed_anything |= events_[i].poll();
  if (job_.state == JobState::Running && !step_process_alive(job_)) {
    changed_anything = true;
    if (advance_after_exit(job_)) {
      startCurrent(false);
    } else {
      save();
      if (job_.state == JobState::Failed) emit failed(job_.message);
    }
  }
  if (job_.isDone() && !step_process_alive(job_)) timer_.stop();
  if (changed_anything) emit changed();
}

}  // namespace ctlite::widgets
