#pragma once
// `ctlite train text`: the text tower trained from scratch to tell the findings apart (reports →
// their 18 labels, each zero-shot prompt → its finding; ai/training/stages/text_label_task.h),
// our stand-in for CT-CLIP's CXR-BERT start. `ctlite train teacher --text-init OUT` starts from
// it. Its model folder is a stage model (stage_model.h): the text settings, latent size and
// vocabulary in model.json, the weights under text.*, text_projection.*, label_head.*.

#include <string>
#include <vector>

#include "ai/bundle/bundle_manifest.h"
#include "ai/io/state_dict.h"
#include "app/cli/arguments.h"
#include "app/cli/commands/train_stage_run.h"

namespace ctlite::cli::train {

// The WordPiece vocabulary of a from-scratch text tower: the training reports and every
// zero-shot prompt.
std::vector<std::string> from_scratch_vocabulary(const TrainingDataset& training);

StageRun build_text(const Arguments& args, const torch::Device& device, const TrainingDataset& training);

// What a teacher takes from a `ctlite train text` output.
struct TrainedTextTower {
  ai::TextTowerConfig config;
  std::int64_t latent_size = 0;
  std::vector<std::string> vocabulary;
  ai::StateDict weights;  // text.*, text_projection.weight
};

// InputError naming `path` when it is not a text stage output or is malformed.
TrainedTextTower read_trained_text_tower(const std::string& path);

}  // namespace ctlite::cli::train
