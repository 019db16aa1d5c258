#pragma once
// Loads CT-ViT weights by their original names, strictly: every parameter and buffer of the
// model must be present with the right shape; extra keys are accepted only when they are known
// to be unused at inference (decoder `to_pixels*`, the dead first-frame path, `context_norm`,
// VQ training statistics). A CT-CLIP checkpoint (keys prefixed `visual_transformer.`) is
// recognised, and its other keys (text tower, projections) are skipped without being read.

#include <cstddef>
#include <string>

#include "ai/io/state_dict.h"
#include "ai/models/ctvit/ctvit.h"

namespace ctlite::ai {

struct CtVitWeightsReport {
  std::size_t loaded = 0;          // model tensors filled
  std::size_t ignored_unused = 0;  // known-unused CT-ViT keys
  std::size_t ignored_other = 0;   // CT-CLIP keys outside `visual_transformer.`
  bool ctclip_checkpoint = false;  // keys carried the `visual_transformer.` prefix
};

// Whether a CT-ViT key (without prefix) is one the encoder never uses.
bool is_unused_ctvit_key(const std::string& name);

// Copies `weights` into `model` (converted to the model's dtype and device). Throws
// core::InputError(source, problem) naming the first missing key, unexpected key or wrong
// shape, or an uninitialised codebook (`initted` = 0: the original would run k-means).
CtVitWeightsReport load_ctvit_weights(CtVitImpl& model, const StateDict& weights,
                                      const std::string& source);
// Reads a .safetensors or torch.save file, reading only the tensors CT-ViT needs.
CtVitWeightsReport load_ctvit_weights(CtVitImpl& model, const std::string& path);

}  // namespace ctlite::ai
