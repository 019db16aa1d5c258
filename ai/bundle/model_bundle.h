#pragma once
// A CT-Lite model bundle: one folder holding
//   manifest.json        what the model is, how it was trained, thresholds, SHA-256 of each file
//   weights.safetensors  every tensor, under the prefixes `visual.` (student CT-ViT), `head.`
//                        (projection head), `text.` (BERT), `text_projection.` and the scalars
//                        `logit_scale` (the logit scale is exp of it, CT-CLIP's `temperature`)
//                        and `logit_bias` (SigLIP's b)
//   vocab.txt            the WordPiece vocabulary
// Reading verifies every listed file's size and SHA-256 before anything is loaded from it.

#include <string>
#include <vector>

#include "ai/bundle/bundle_manifest.h"
#include "ai/io/state_dict.h"
#include "ai/text/bert_tokenizer.h"

namespace ctlite::ai {

struct ModelBundle {
  std::string folder;
  BundleManifest manifest;
  StateDict weights;
  BertTokenizer tokenizer;
};

// Throws core::InputError naming the file and the problem (missing file, size or SHA-256
// mismatch, malformed manifest, bad vocabulary).
ModelBundle read_model_bundle(const std::string& folder);
BundleManifest read_bundle_manifest(const std::string& folder);  // manifest only, no checks of files

// Writes a new bundle folder. `manifest.files` is filled in here (weights, vocabulary). The folder
// is assembled under a temporary name beside `folder` and renamed into place at the end, so a
// half-written bundle never exists under the final name; an existing `folder` is refused
// (core::OutputError), never overwritten.
void write_model_bundle(const std::string& folder, BundleManifest manifest, const StateDict& weights,
                        const std::vector<std::string>& vocabulary);

}  // namespace ctlite::ai
