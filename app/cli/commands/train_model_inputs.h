#pragma once
// The models a stage starts from: a CT-Lite bundle (a `ctlite train teacher|naive|sfp` output
// or its model/ folder), a stage model (`ctlite train fast`), or a bare CT-ViT weights file.

#include <string>

#include "ai/models/ctvit/ctvit.h"
#include "app/cli/arguments.h"

namespace ctlite::cli::train {

// A bundle folder, or a training output holding one in model/.
bool is_bundle(const std::string& path);
// The folder holding manifest.json of such a path.
std::string bundle_folder(const std::string& path);

struct LoadedEncoder {
  ai::CtVit model{nullptr};
  ai::CtVitConfig config;
  std::string source;
};

// A stage model folder or bundle (its CT-ViT and config), or a CT-ViT / CT-CLIP weights file
// with the config of --config (CT-CLIP's by default). InputError naming `path` otherwise.
LoadedEncoder load_encoder(const std::string& path, const Arguments& args);

}  // namespace ctlite::cli::train
