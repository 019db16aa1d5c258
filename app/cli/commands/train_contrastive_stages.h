#pragma once
// The image-text stage builders of `ctlite train`:
//   teacher  CT-ViT (--config) + BERT (--text-config) + dense head, uncompressed input;
//   naive    the whole --teacher bundle fine-tuned on compressed input (the paper's baseline);
//   sfp      the frozen FAST --student + an SFP head of --rank, SVD-initialised from the
//            teacher's dense head, with the teacher's frozen text tower.

#include "app/cli/arguments.h"
#include "app/cli/commands/train_stage_run.h"

namespace ctlite::cli::train {

// `args` and `training` must outlive the returned runs.
StageRun build_teacher(const Arguments& args, const torch::Device& device, const TrainingDataset& training);
StageRun build_naive(const Arguments& args, const torch::Device& device, const TrainingDataset& training);
StageRun build_sfp(const Arguments& args, const torch::Device& device, const TrainingDataset& training);

}  // namespace ctlite::cli::train
