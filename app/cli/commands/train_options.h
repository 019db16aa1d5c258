#pragma once
// Option parsing shared by every `ctlite train` stage: device, checked integers, the trainer's
// optimisation and checkpoint settings, the preprocessed-volume cache and the network input size.

#include <cstdint>
#include <memory>
#include <string>

#include "ai/data/preprocessed_volume_cache.h"
#include "ai/models/ctvit/ctvit_config.h"
#include "ai/training/trainer.h"
#include "app/cli/arguments.h"

namespace ctlite::cli::train {

// "cpu", "cuda", "cuda:1"; UsageError when CUDA is asked for but absent.
torch::Device parse_device(const std::string& name);

// --option as an integer (fallback when absent); UsageError below `minimum`.
std::int64_t whole(const Arguments& args, const std::string& option, std::int64_t fallback,
                   std::int64_t minimum);

// Stage defaults: FAST accumulates single volumes (the paper's batch of 4), contrastive stages
// need the pairs of a batch together (in-batch negatives).
ai::TrainerOptions trainer_options(const Arguments& args, std::int64_t default_batch,
                                   std::int64_t default_accumulation);

// --cache DIR, the XDG cache by default, or null with --no-cache.
std::shared_ptr<ai::PreprocessedVolumeCache> open_cache(const Arguments& args);

// --config JSON, CT-CLIP's configuration without it.
ai::CtVitConfig config_from_arguments(const Arguments& args);

// --slices N, checked against the configuration's temporal patch size.
std::int64_t network_slices(const Arguments& args, const ai::CtVitConfig& config);

}  // namespace ctlite::cli::train
