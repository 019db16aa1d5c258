#pragma once
// The image-text stages (teacher, naive, sfp) share one run shape: SigLIP on batches, and a
// CT-Lite bundle as their model folder, its thresholds calibrated (Youden's J per finding) on
// the --calibration-split and its manifest carrying the metrics there and the training notice.

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ai/bundle/bundle_manifest.h"
#include "ai/training/stages/contrastive_task.h"
#include "app/cli/arguments.h"
#include "app/cli/commands/train_stage_run.h"

namespace ctlite::cli::train {

struct ContrastiveStage {
  std::shared_ptr<ai::ContrastiveTask> task;
  ai::BundleManifest manifest;  // model part and input path filled in
  std::vector<std::string> vocabulary;
};

// `args` and `training` must outlive the returned run (its write_model reads them).
StageRun contrastive_run(const Arguments& args, ContrastiveStage stage,
                         const TrainingDataset& training, nlohmann::json description);

}  // namespace ctlite::cli::train
