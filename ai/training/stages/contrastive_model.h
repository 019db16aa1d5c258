#pragma once
// Builds a ContrastiveTask from the "model" part of a bundle manifest (CT-ViT config, head,
// text tower, latent size) and a vocabulary, so every image-text stage, the calibration at the
// end of training and a bundle read back share one construction.

#include <memory>
#include <string>
#include <vector>

#include "ai/bundle/bundle_manifest.h"
#include "ai/training/stages/contrastive_task.h"

namespace ctlite::ai {

// A fresh BERT text tower for `config`, its vocab_size set to the vocabulary's size.
std::shared_ptr<TextEncoder> make_text_tower(const TextTowerConfig& config,
                                             const std::vector<std::string>& vocabulary);

// Fresh (randomly initialised) towers, head and projections; BERT's vocab_size is set to the
// vocabulary's size. `weights` (bundle naming), when given, are loaded strictly.
std::unique_ptr<ContrastiveTask> make_contrastive_task(const BundleManifest& model,
                                                       const std::vector<std::string>& vocabulary,
                                                       ContrastiveTaskOptions options,
                                                       const StateDict* weights = nullptr);

// `base` with every entry whose name starts with one of `prefixes` taken from `source`
// (e.g. the SFP stage: visual.* from the FAST student, text.* from the teacher).
StateDict replace_entries(const StateDict& base, const StateDict& source,
                          const std::vector<std::string>& prefixes);

}  // namespace ctlite::ai
