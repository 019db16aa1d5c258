#pragma once
// The `score` job shared by `ctlite score` and `ctlite serve`: read a volume with core's readers,
// run the preprocessing the bundle declares, encode, call the 18 findings, optionally write the
// PCA feature map, and answer with the JSON of docs/ENGINE_PROTOCOL.md ("score" result). Models
// stay loaded between requests (keyed by folder and device).

#include <torch/torch.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <utility>

#include "ai/models/ctlite/ctlite_model.h"
#include "core/common/progress.h"

namespace ctlite::cli {

struct ScoreRequest {
  std::string path;          // DICOM folder, NIfTI, JPEG stack, npz
  std::string series_uid;    // which series of a DICOM folder holding several
  std::string metadata_csv;  // CT-RATE metadata CSV (NIfTI only)
  std::string model;         // bundle folder; empty = default_model_folder()
  std::string device = "cpu";
  std::string pca_out;       // .nii or .nii.gz; empty = no PCA map
};

// The protocol's error kinds: input | model | cancelled | internal.
class EngineError : public std::runtime_error {
 public:
  EngineError(std::string kind, const std::string& message) : std::runtime_error(message), kind_(std::move(kind)) {}
  const std::string& kind() const { return kind_; }

 private:
  std::string kind_;
};

// The error of an exception escaping a request: {"message": ..., "kind": ...}.
nlohmann::json engine_error_json(const std::exception& error);

// models/ctlite-demo beside the installed binary (../share/ctlite/models) or in the source tree
// this binary was built from; throws EngineError("model") listing where it looked.
std::string default_model_folder();

class ScoreEngine {
 public:
  // Progress stages reported: load, preprocess, encode, score, pca. Throws EngineError (kinds as
  // above); cancellation through `progress` ends it with kind "cancelled".
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
