#pragma once
// What a `ctlite train` stage builder hands the run: the task the Trainer optimises, the inputs
// its samples need, the trainer settings, how to write the finished model, and run.json.

#include <functional>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "ai/training/trainer.h"
#include "ai/training/training_reporter.h"
#include "ai/training/training_task.h"
#include "app/cli/commands/training_samples.h"
#include "core/common/progress.h"

namespace ctlite::cli::train {

struct StageRun {
  std::shared_ptr<ai::TrainingTask> task;
  SampleOptions samples;
  ai::TrainerOptions trainer;
  // Writes the model folder once the last step is done (rank 0 only).
  std::function<void(const std::string& model_dir, ai::TrainingReporter& reporter,
                     const Progress& progress)>
      write_model;
  nlohmann::json description;
};

}  // namespace ctlite::cli::train
