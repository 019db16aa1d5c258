#pragma once
// The one training loop every stage runs: gradient accumulation, AdamW with μP per-block rates,
// warm-up + cosine schedule, gradient clipping, optional data-parallel averaging, progress
// events, periodic atomic checkpoints and exact resume.
//
// Exact resume: a checkpoint holds the model, the AdamW moments and step counts, LibTorch's
// generator states, the schedule step, the data stream position (which fixes epoch and order,
// see EpochOrder) and the stage's extra state; a resumed run on the same device and thread
// count therefore repeats an uninterrupted one bit for bit. The sample loader must not draw from
// LibTorch's global generator (it runs on other threads); seed per sample instead.

#include <cstdint>
#include <memory>
#include <string>

#include "ai/data/prefetch_loader.h"
#include "ai/training/learning_rate_schedule.h"
#include "ai/training/training_reporter.h"
#include "ai/training/training_task.h"
#include "core/common/progress.h"

namespace ctlite::ai {

class DataParallelGroup;

struct TrainerOptions {
  std::string output_dir;
  std::int64_t total_steps = 100;        // optimizer updates
  std::int64_t micro_batch_size = 1;     // samples per forward, per rank
  std::int64_t accumulation_steps = 4;   // micro-batches per update (paper: effective batch 4)
  LearningRateSchedule schedule;         // its total_steps is set from total_steps
  bool mup = true;
  std::int64_t mup_base_fan_in = 0;      // 0: the stage's default
  double weight_decay = 0.01;
  double gradient_clip_norm = 1.0;       // 0: off
  std::int64_t checkpoint_every = 50;
  int keep_checkpoints = 3;
  std::uint64_t seed = 0;
  bool shuffle = true;
  bool resume = false;
  std::int64_t stop_after_steps = -1;    // >= 0: checkpoint and stop after this many updates
  int loader_threads = 2;
};

struct TrainingResult {
  std::int64_t first_step = 0;  // the step this process started from
  std::int64_t last_step = 0;   // completed updates
  bool finished = false;        // reached total_steps
  double last_loss = 0.0;
  std::string last_checkpoint;
};

class Trainer {
 public:
  // `reporter` must outlive the trainer; `group` is null for single-process training.
  Trainer(TrainerOptions options, TrainingReporter& reporter, DataParallelGroup* group = nullptr);

  // Trains `task` on `dataset_size` samples loaded by `load`. Throws OperationCancelled after
  // writing a checkpoint when `progress` is cancelled.
  TrainingResult run(TrainingTask& task, std::int64_t dataset_size,
                     PrefetchLoader::LoadFunction load, const Progress& progress = Progress());

  // The run settings a checkpoint records; a resume with different ones is refused.
  nlohmann::json run_settings(const TrainingTask& task) const;

 private:
  TrainerOptions options_;
  TrainingReporter& reporter_;
  DataParallelGroup* group_;
};

}  // namespace ctlite::ai
