#pragma once
// `ctlite train fast`: FAST distillation of a frozen --teacher (uncompressed input) into a new
// student CT-ViT (lung-window JPEG-Q90 input); the loss preset and ablation switches
// (--distillation, --no-*-loss, --attention-match) choose the terms.

#include "ai/losses/fast_loss.h"
#include "app/cli/arguments.h"
#include "app/cli/commands/train_stage_run.h"

namespace ctlite::cli::train {

ai::FastLossOptions fast_loss_options(const Arguments& args);

StageRun build_fast(const Arguments& args, const torch::Device& device);

}  // namespace ctlite::cli::train
