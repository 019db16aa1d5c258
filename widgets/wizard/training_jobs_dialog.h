#pragma once
// AI ▸ Training jobs…: the job folders (newest first) with their state; choosing one re-attaches
// to it — a running engine keeps running and its curves fill in, a finished job shows its curves
// and evaluation, a job whose step ended while no window watched moves on to its next step.

#include <QDialog>

class QListWidget;

namespace ctlite::widgets {

class TrainingJobController;
class TrainingJobView;

class TrainingJobsDialog : public QDialog {
  Q_OBJECT

 public:
  explicit TrainingJobsDialog(QString jobs_folder, QWidget* parent = nullptr);

  void reload();
  // Opens the job in `folder`; false (with a message shown) when its job.json is unreadable.
  bool openJob(const QString& folder);
  TrainingJobView* jobView() const { return view_; }

 signals:
  void useModelRequested(const QString& job_folder);

 private:
  QString jobs_folder_;
  QListWidget* list_;
  TrainingJobView* view_;
  TrainingJobController* controller_ = nullptr;
};

}  // namespace ctlite::widgets
