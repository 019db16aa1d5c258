// Re-attaching to jobs written by an earlier viewer: a finished job shows its curves, a running
// job whose step ended while no viewer watched starts its next step (sh stands in for `ctlite`).
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "widgets/wizard/training_curves_view.h"
#include "widgets/wizard/training_job.h"
#include "widgets/wizard/training_job_controller.h"
#include "widgets/wizard/training_job_view.h"
#include "widgets/wizard/training_jobs_dialog.h"

namespace ctlite::widgets {
namespace {

TrainingJob job_in(const QString& folder, const QString& fast_script) {
  TrainingJob job;
  job.folder = folder;
  job.engine = QStringLiteral("/bin/sh");
  job.created = QStringLiteral("2026-11-28T12:00:00Z");
  const QString fast = QDir(folder).filePath(QStringLiteral("fast"));
  const QString sfp = QDir(folder).filePath(QStringLiteral("sfp"));
  job.steps = {{QStringLiteral("fast"), {QStringLiteral("-c"), fast_script, fast}, fast, QDir(fast).filePath(QStringLiteral("model"))},
               {QStringLiteral("sfp"), {QStringLiteral("-c"), QStringLiteral("mkdir -p \"$0/model\""), sfp}, sfp,
                QDir(sfp).filePath(QStringLiteral("model"))}};
  return job;
}

void write_events(const QString& out, int steps) {
  QDir().mkpath(out);
  QFile file(QDir(out).filePath(QStringLiteral("events.jsonl")));
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  for (int s = 1; s <= steps; ++s)
    file.write(QStringLiteral("{\"event\":\"step\",\"step\":%1,\"total_steps\":%2,\"loss\":%3,\"terms\":{\"siglip\":%3},\"lr\":1e-4}\n")
                   .arg(s).arg(steps).arg(3.0 / s).toUtf8());
  file.write("{\"event\":\"done\",\"finished\":true}\n");
}

TEST(TrainingJobsDialog, ListsJobsAndShowsAFinishedJobsCurves) {
  QTemporaryDir jobs;
  const QString folder = QDir(jobs.path()).filePath(QStringLiteral("20261128-120000"));
  ASSERT_TRUE(QDir().mkpath(folder));
  TrainingJob job = job_in(folder, QStringLiteral("true"));
  job.current = 1;
  job.state = JobState::Finished;
  write_events(job.steps[0].output_folder, 4);
  write_events(job.steps[1].output_folder, 5);
  ASSERT_TRUE(write_job(job, nullptr));

  TrainingJobsDialog dialog(jobs.path());
  auto* list = dialog.findChild<QListWidget*>(QStringLiteral("job-list"));
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->count(), 1);
  EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("finished")));
  ASSERT_TRUE(dialog.openJob(folder));
  EXPECT_EQ(dialog.jobView()->curves()->pointCount(), 5) << "the SFP stage's curves";
  EXPECT_FALSE(dialog.openJob(jobs.filePath(QStringLiteral("missing"))));
}

TEST(TrainingJobsDialog, ARunningJobWhoseStepEndedUnwatchedMovesOn) {
  QTemporaryDir jobs;
  const QString folder = QDir(jobs.path()).filePath(QStringLiteral("20261128-120001"));
  ASSERT_TRUE(QDir().mkpath(QDir(folder).filePath(QStringLiteral("fast/model"))));
  TrainingJob job = job_in(folder, QStringLiteral("true"));
  job.state = JobState::Running;
  job.pid = 1;  // init: alive, but not our step (its command line does not name fast/)
  ASSERT_TRUE(write_job(job, nullptr));

  auto reopened = read_job(folder, nullptr);
  ASSERT_TRUE(reopened.has_value());
  TrainingJobController controller(*reopened);
  QSignalSpy changed(&controller, &TrainingJobController::changed);
  controller.start();
  EXPECT_EQ(controller.job().current, 1) << "FAST's model exists: SFP starts";
  for (int i = 0; i < 50 && controller.job().state != JobState::Finished; ++i) changed.wait(200);
  EXPECT_EQ(controller.job().state, JobState::Finished);
  EXPECT_TRUE(QDir(folder).exists(QStringLiteral("sfp/model")));
  EXPECT_EQ(read_job(folder, nullptr)->state, JobState::Finished) << "job.json follows";
}

}  // namespace
}  // namespace ctlite::widgets
