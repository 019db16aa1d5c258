#pragma once
// The model library: CT-Lite model bundles (folders holding a manifest.json, ai/bundle/
// model_bundle.h) that the workstation can run. Bundled models ship read-only beside the
// program; models the user trains are registered into a library folder of their own. Listing a
// folder of bundles is the one way the viewer, the fine-tuning wizard and the CLI find models.
//
// Registering copies a finished bundle into the library atomically (a hidden temporary folder
// renamed into place: the library never shows a half-copied model) and records in its manifest
// what a reader of the model needs later: the evaluation's metrics and thresholds, the training
// data description, and an optional "provenance" object (teacher, stages, data, dates) that the
// engine's strict manifest schema knows. Weights and vocabulary are copied byte for byte, so
// the manifest's SHA-256 list stays true (the manifest itself is not in that list).

#include <optional>
#include <string>
#include <vector>

#include "core/evaluation/evaluation_report.h"

namespace ctlite::core {

struct LibraryModel {
  std::string id;    // the bundle's folder name: unique within its folder
  std::string path;  // absolute bundle folder (what `ctlite score --model` receives)
  std::string manifest_id, name, version, created;
  bool synthetic_training = false;
  std::string notice;
  std::optional<double> macro_auroc;  // the manifest's metrics.macro.auroc
  bool registered = false;            // carries a provenance object (registered by the library)
  std::string problem;                // why the manifest could not be read (empty when it could)
};

// Bundles directly under `folder` (sub-folders holding a manifest.json; hidden folders such as
// an unfinished copy are skipped), sorted by id. A manifest that does not parse is still listed
// with `problem` set, so the user sees the model and the engine's exact complaint when run.
// A missing folder lists nothing.
std::vector<LibraryModel> list_model_bundles(const std::string& folder);

// How a registered model came to be. Empty fields are left out of the manifest.
struct ModelLineage {
  std::string teacher;              // teacher bundle folder or CT-CLIP checkpoint
  std::vector<std::string> stages;  // in training order, e.g. {"fast", "sfp"}
  std::string data_path;            // the training data folder
  std::string data_description;     // replaces training_data.description when not empty
  std::string trained;              // when training finished, UTC "YYYY-MM-DDTHH:MM:SSZ"
};

class ModelLibrary {
 public:
  explicit ModelLibrary(std::string root);
  const std::string& root() const { return root_; }

  std::vector<LibraryModel> models() const { return list_model_bundles(root_); }

  // Copies the bundle folder `bundle` into <root>/<manifest id>-<version> (then "-2", "-3" …
  // while taken), writing into its manifest the lineage, and — when `evaluation` is given — its
  // per-finding and macro metrics and decision thresholds. Creates the root when missing.
  // InputError for a folder that is not a readable bundle (a listed file missing or of the
  // wrong size), OutputError when the copy cannot be written; either way nothing is left in
  // the library. Returns the new entry.
  LibraryModel register_bundle(const std::string& bundle, const ModelLineage& lineage,
                               const EvaluationReport* evaluation = nullptr) const;

 private:
  std::string root_;
};

}  // namespace ctlite::core
