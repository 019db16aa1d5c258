// Training jobs on disk and their detached processes, with /bin/sh standing in for the engine
// (the steps' command lines name their output folder, as `ctlite train --out` does), and the
// incremental events.jsonl reader.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

#include "widgets/wizard/training_events_log.h"
#include "widgets/wizard/training_job.h"

namespace ctlite::widgets {
namespace {

constexpr int kWaitMs = 5000;

bool wait_until_dead(const TrainingJob& job) {
  QElapsedTimer timer;
  timer.start();
  while (step_process_alive(job)) {
    if (timer.elapsed() > kWaitMs) return false;
    QThread::msleep(20);
  }
  return true;
}

// A step run by `sh -c SCRIPT OUT`: $1 is the output folder, which also marks the process.
JobStep shell_step(const QString& name, const QString& out, const QString& script) {
  return {name, {QStringLiteral("-c"), script, out}, out, QDir(out).filePath(QStringLiteral("model"))};
}

TrainingJob shell_job(const QTemporaryDir& dir) {
  TrainingJob job;
  job.folder = dir.path();
  job.engine = QStringLiteral("/bin/sh");
  job.created = QStringLiteral("2026-11-28T12:00:00Z");
  job.data_folder = QStringLiteral("/data");
  return job;
}

TEST(TrainingJob, JobFileRoundTripsAndBadFilesNameThemselves) {
  QTemporaryDir dir;
  TrainingJob job = shell_job(dir);
  job.steps = {shell_step(QStringLiteral("fast"), dir.filePath(QStringLiteral("fast")), QStringLiteral("true"))};
  job.pid = 4242;
  job.state = JobState::Paused;
  QString error;
  ASSERT_TRUE(write_job(job, &error)) << error.toStdString();
  const auto back = read_job(dir.path(), &error);
  ASSERT_TRUE(back.has_value()) << error.toStdString();
  EXPECT_EQ(back->steps.size(), 1);
  EXPECT_EQ(back->steps[0].arguments, job.steps[0].arguments);
  EXPECT_EQ(back->pid, 4242);
  EXPECT_EQ(back->state, JobState::Paused);
  EXPECT_EQ(list_job_folders(QFileInfo(dir.path()).absolutePath()).contains(dir.path()), true);

  QFile file(dir.filePath(QStringLiteral("job.json")));
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("{\"format\": \"something else\"}");
  file.close();
  EXPECT_FALSE(read_job(dir.path(), &error).has_value());
  EXPECT_TRUE(error.contains(QStringLiteral("job.json"))) << error.toStdString();
}

TEST(TrainingJob, StepsRunDetachedAndTheJobAdvancesWhenOneCompletes) {
  QTemporaryDir dir;
  TrainingJob job = shell_job(dir);
  job.steps = {shell_step(QStringLiteral("fast"), dir.filePath(QStringLiteral("fast")), QStringLiteral("sleep 0.2; mkdir -p \"$0/model\"")),
               shell_step(QStringLiteral("sfp"), dir.filePath(QStringLiteral("sfp")), QStringLiteral("echo no model; exit 3"))};
  QString error;
  ASSERT_TRUE(start_current_step(job, false, &error)) << error.toStdString();
  EXPECT_EQ(job.state, JobState::Running);
  EXPECT_GT(job.pid, 0);
  EXPECT_TRUE(step_process_alive(job));
  EXPECT_GT(step_process_memory_bytes(job), 0);
  ASSERT_TRUE(wait_until_dead(job));
  EXPECT_EQ(step_process_memory_bytes(job), 0);
  ASSERT_TRUE(advance_after_exit(job));
  EXPECT_EQ(job.current, 1);
  ASSERT_TRUE(start_current_step(job, false, &error));
  ASSERT_TRUE(wait_until_dead(job));
  EXPECT_FALSE(advance_after_exit(job));
  EXPECT_EQ(job.state, JobState::Failed);
  EXPECT_TRUE(job.message.contains(job.logPath(1))) << job.message.toStdString();
  QFile log(job.logPath(1));
  ASSERT_TRUE(log.open(QIODevice::ReadOnly));
  EXPECT_TRUE(log.readAll().contains("no model"));
}

TEST(TrainingJob, AnOptionalStepThatFailsIsNotedAndPassedOver) {
  QTemporaryDir dir;
  TrainingJob job = shell_job(dir);
  JobStep baseline = shell_step(QStringLiteral("baseline"), dir.filePath(QStringLiteral("baseline")), QStringLiteral("exit 1"));
  baseline.optional = true;
  job.steps = {baseline};
  QString error;
  ASSERT_TRUE(start_current_step(job, false, &error));
  ASSERT_TRUE(wait_until_dead(job));
  EXPECT_FALSE(advance_after_exit(job));
  EXPECT_EQ(job.state, JobState::Finished);
  EXPECT_TRUE(job.message.contains(QStringLiteral("baseline did not complete"))) << job.message.toStdString();
  ASSERT_TRUE(write_job(job, &error));
  EXPECT_TRUE(read_job(dir.path(), &error)->steps[0].optional);
}

TEST(TrainingJob, PauseInterruptsAndResumeAddsTheResumeFlag) {
  QTemporaryDir dir;
  TrainingJob job = shell_job(dir);
  const QString out = dir.filePath(QStringLiteral("fast"));
  // Like `ctlite train`: SIGINT writes a checkpoint and exits; --resume (an extra argument)
  // finishes the model.
  job.steps = {shell_step(QStringLiteral("fast"), out,
                          QStringLiteral("if [ \"$1\" = --resume ]; then mkdir -p \"$0/model\"; exit 0; fi; "
                                         "trap 'mkdir -p \"$0/checkpoints\"; exit 0' INT; while :; do sleep 0.05; done"))};
  QString error;
  ASSERT_TRUE(start_current_step(job, false, &error));
  QThread::msleep(200);  // let the shell install its trap
  job.state = JobState::Paused;
  ASSERT_TRUE(interrupt_current_step(job));
  ASSERT_TRUE(wait_until_dead(job));
  EXPECT_FALSE(advance_after_exit(job));
  EXPECT_EQ(job.state, JobState::Paused) << "a pause is not a failure";
  ASSERT_TRUE(QDir(out).exists(QStringLiteral("checkpoints")));
  ASSERT_TRUE(start_current_step(job, true, &error));
  ASSERT_TRUE(wait_until_dead(job));
  EXPECT_FALSE(advance_after_exit(job));
  EXPECT_EQ(job.state, JobState::Finished);
}

TEST(TrainingEventsLog, ReadsAppendedLinesKeepsPartialOnesAndForgetsRedoneSteps) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("events.jsonl"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Append));
  TrainingEventsLog log(path);
  EXPECT_FALSE(log.poll());
  const auto step = [](int n) {
    return QStringLiteral("{\"event\":\"step\",\"step\":%1,\"total_steps\":4,\"loss\":%2,\"terms\":{\"attention\":0.5,\"output\":%2},"
                          "\"lr\":1e-4,\"eta_seconds\":%3}\n")
        .arg(n)
        .arg(2.0 / n)
        .arg(10 * (4 - n))
        .toUtf8();
  };
  file.write("{\"event\":\"start\",\"resumed_from_step\":0}\n" + step(1) + step(2) + step(3).left(20));
  file.flush();
  ASSERT_TRUE(log.poll());
  ASSERT_EQ(log.points().size(), 2);
  EXPECT_EQ(log.termNames(), (QStringList{QStringLiteral("attention"), QStringLiteral("output")}));
  EXPECT_DOUBLE_EQ(log.points()[1].loss, 1.0);
  EXPECT_EQ(log.totalSteps(), 4);
  file.write(step(3).mid(20));
  file.write("{\"event\":\"start\",\"resumed_from_step\":2}\n" + step(3) + step(4) +
             "not json\n{\"event\":\"done\",\"finished\":true}\n");
  file.flush();
  ASSERT_TRUE(log.poll());
  ASSERT_EQ(log.points().size(), 4) << "step 3 was redone after the resume from step 2";
  EXPECT_EQ(log.points()[2].step, 3);
  EXPECT_EQ(log.malformedLines(), 1);
  ASSERT_TRUE(log.finished().has_value());
  EXPECT_TRUE(*log.finished());
  EXPECT_DOUBLE_EQ(log.etaSeconds(), 0.0);
}

}  // namespace
}  // namespace ctlite::widgets
