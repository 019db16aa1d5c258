#pragma once
// A fine-tuning job on disk: <jobs>/<yyyyMMdd-HHmmss>/job.json lists its steps (each an engine
// command line: `ctlite train fast`, `ctlite train sfp`, `ctlite evaluate`), which step runs,
// the engine's process id and the job's state. Each step runs as a DETACHED engine process
// (closing the window never stops training) writing <step>.log beside job.json; the viewer
// that opens the job later re-attaches by the process id (checked against the process's command
// line, so a reused id is not mistaken for ours) and starts the next step when one completes.
// Pause and cancel send SIGINT, on which `ctlite train` writes a checkpoint and stops
// (docs/TRAINING.md); resume reruns the step with --resume. No QObject: the controller polls.

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

#include "core/model_library/model_library.h"

namespace ctlite::widgets {

enum class JobState { Running, Paused, Cancelled, Finished, Failed };
QString job_state_name(JobState state);

struct JobStep {
  QString name;             // fast | sfp | evaluate
  QStringList arguments;    // after the engine program
  QString output_folder;    // training steps: --out (events.jsonl, model/); empty for evaluate
  QString completion_path;  // exists once the step succeeded (OUT/model, or eval.json)
  bool optional = false;    // its failure is noted, not fatal (the baseline evaluation)
};

struct TrainingJob {
  QString folder;
  QString engine;   // the `ctlite` program
  QString created;  // ISO 8601 UTC
  QString data_folder;
  QVector<JobStep> steps;
  int current = 0;  // index into steps
  qint64 pid = 0;   // of the current step's process (0: none started)
  JobState state = JobState::Paused;
  QString message;  // why it failed, or what it is doing

  bool isDone() const { return state == JobState::Finished || state == JobState::Cancelled || state == JobState::Failed; }
  const JobStep* currentStep() const { return current >= 0 && current < steps.size() ? &steps[current] : nullptr; }
  QString logPath(int step) const;
  QString evaluationPath() const;  // <job>/eval.json
  QString baselinePath() const;    // <job>/baseline.json: the model it is compared with
};

// The finished job's bundle (its last SFP stage's OUT/model), empty when there is none yet.
QString job_bundle_folder(const TrainingJob& job);
// What the model library records of a job's bundle: teacher, stages, data, when it finished.
core::ModelLineage job_lineage(const TrainingJob& job);

// AppLocalDataLocation/jobs (the folder is created when a job is).
QString default_jobs_folder();
// A new, empty job folder under `jobs_folder`, named by the UTC time; empty on failure.
QString create_job_folder(const QString& jobs_folder, QString* error);
// Job folders (holding job.json) under `jobs_folder`, newest first.
QStringList list_job_folders(const QString& jobs_folder);

// job.json, written atomically (temp file + rename).
bool write_job(const TrainingJob& job, QString* error);
std::optional<TrainingJob> read_job(const QString& folder, QString* error);

// Is `pid` alive and running `job`'s current step (its command line names the step's output)?
bool step_process_alive(const TrainingJob& job);
// Starts the current step detached (with --resume when `resume` and a checkpoint exists);
// sets pid, state Running. False with `error` set when the engine cannot be started.
bool start_current_step(TrainingJob& job, bool resume, QString* error);
// Resident memory of the current step's engine process (Linux /proc), 0 when it is not running.
// GPU memory comes from the engine's step events instead (engine_memory.h): reading it here would
// need the CUDA driver in the GUI process.
qint64 step_process_memory_bytes(const TrainingJob& job);
// SIGINT to the current step's process: `ctlite train` checkpoints and exits.
bool interrupt_current_step(const TrainingJob& job);
// After the current step's process ended: next step (true when there is one to start), or the
// job's final state (Finished, or Failed with the reason) unless it was paused or cancelled. An
// optional step that failed is noted in the message and passed over.
bool advance_after_exit(TrainingJob& job);

}  // namespace ctlite::widgets
