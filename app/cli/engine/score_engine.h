#pragma once
// The `score` job shared by `ctlite score` and `ctlite serve`: read a volume with core's readers,
// run the preprocessing the bundle declares, encode, call the 18 findings, optionally write the
// PCA feature map, and answer with the JSON of docs/ENGINE_PROTOCOL.md ("score" result). Models
// stay loaded between requests (keyed by folder and device).

#include <torch/torch.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "ai/models/ctlite/ctlite_model.h"
#include "app/cli/engine/engine_request.h"
#include "core/common/progress.h"

namespace ctlite::cli {

// models/ctlite-demo beside the installed binary (../share/ctlite/models) or in the source tree
// this binary was built from; throws EngineError("model") listing where it looked.
std::string default_model_folder();

class ScoreEngine {
 public:
  // Progress stages reported: load, preprocess, encode, score, pca. Throws EngineError (kinds in
  // engine_request.h); cancellation through `progress` ends it with kind "cancelled".
  nlohmann::json score(const ScoreRequest& request, const Progress& progress = {});

 private:
  struct LoadedModel {
    std::shared_ptr<ai::CtLiteModel> model;
    std::string weights_sha256;
  };
  const LoadedModel& model(const std::string& folder, const std::string& device);

  std::map<std::pair<std::string, std::string>, LoadedModel> models_;
};

}  // namespace ctlite::cli
