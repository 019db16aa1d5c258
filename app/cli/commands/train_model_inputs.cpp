#include "app/cli/commands/train_model_inputs.h"

#include <filesystem>

#include "ai/bundle/model_bundle.h"
#include "ai/models/ctvit/ctvit_weights.h"
#include "app/cli/commands/stage_model.h"
#include "app/cli/commands/train_options.h"
#include "core/common/errors.h"

namespace ctlite::cli::train {
namespace fs = std::filesystem;

bool is_bundle(const std::string& path) {
  return fs::is_regular_file(fs::path(path) / "manifest.json") ||
         fs::is_regular_file(fs::path(path) / "model" / "manifest.json");
}

std::string bundle_folder(const std::string& path) {
  return fs::is_regular_file(fs::path(path) / "manifest.json") ? path
                                                               : (fs::path(path) / "model").string();
}

LoadedEncoder load_encoder(const std::string& path, const Arguments& args) {
  LoadedEncoder loaded;
  loaded.source = path;
  if (is_stage_model(path)) {
    const StageModel stage = read_stage_model(path);
    loaded.config = ai::CtVitConfig::from_json(stage.description.at("ctvit_config"));
    loaded.model = ai::CtVit(loaded.config);
    ai::load_ctvit_weights(*loaded.model, stage.weights.with_prefix_stripped("visual."), path);
  } else if (is_bundle(path)) {
    const ai::ModelBundle bundle = ai::read_model_bundle(bundle_folder(path));
    loaded.config = bundle.manifest.ctvit;
    loaded.model = ai::CtVit(loaded.config);
    ai::load_ctvit_weights(*loaded.model, bundle.weights.with_prefix_stripped("visual."), path);
  } else {
    if (!fs::is_regular_file(path)) throw core::InputError(path, "neither a training output nor a weights file");
    loaded.config = config_from_arguments(args);
    loaded.model = ai::CtVit(loaded.config);
    ai::load_ctvit_weights(*loaded.model, path);
  }
  return loaded;
}

}  // namespace ctlite::cli::train
