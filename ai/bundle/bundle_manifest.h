#pragma once
// manifest.json of a CT-Lite model bundle folder (model_bundle.h): what the model is, how it was
// trained and calibrated, and the SHA-256 of every file beside it. The schema is strict — an
// unknown key, a missing key or a wrong type is an error naming the key — so a typo can never
// silently change what the engine runs.
//
// {
//   "format": "ctlite-model-bundle", "format_version": 1,
//   "id": "...", "name": "...", "version": "...", "created": "2026-11-28T06:00:00Z",
//   "model": {
//     "ctvit": { CtVitConfig },
//     "head": {"type": "sfp"|"btt"|"dense", "input_size", "output_size", "rank", "block_size",
//              "normalize_cores", "bias"},
//     "text": {"bert": { BertConfig }, "max_length": 512, "lower_case": true},
//     "latent_size": 512,
//     "input_slices": 240     (optional; see BundleManifest::input_slices)
//   },
//   "input_path": "compressed"|"uncompressed",
//   "thresholds": {"score": "present_probability"|"similarity_difference",
//                  "findings": [{"finding": "Cardiomegaly", "threshold": 0.42}, ...]},
//   "training_data": {"description": "...", "cases": 1000},
//   "metrics": {"<finding or 'macro'>": {"<metric>": number|null, ...}, ...},
//   "synthetic_training": true|false, "notice": "...",
//   "provenance": {                      (optional: written when the model library registers it)
//     "registered": "<UTC time>", "source": "<folder it was copied from>",
//     "stages": ["fast", "sfp"], "teacher": "...", "data": "...", "trained": "<UTC time>",
//     "evaluation": {"report": "...", "data": "...", "split": "valid", "cases": N,
//                    "thresholds_from": "..."}}      (teacher, data, trained, evaluation optional)
//   "files": {"weights.safetensors": {"sha256": "<64 hex>", "bytes": N}, "vocab.txt": {...}}
// }

#include <cstddef>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ai/heads/projection_head.h"
#include "ai/models/ctvit/ctvit_config.h"
#include "ai/text/bert_config.h"

namespace ctlite::ai {

struct TextTowerConfig {
  BertConfig bert;
  int64_t max_length = 512;  // CT-CLIP tokenises with padding="max_length", max_length=512
  bool lower_case = true;
};

struct FindingThreshold {
  std::string finding;
  double threshold = 0.0;
};

struct BundleFile {
  std::string sha256;  // 64 lower-case hex digits
  std::uint64_t bytes = 0;
};

// Where a registered model came from (core/model_library/model_library.h writes it).
struct BundleEvaluationSource {
  std::string report, data, split, thresholds_from;
  int64_t cases = 0;
};
struct BundleProvenance {
  std::string registered, source;
  std::vector<std::string> stages;
  std::string teacher, data, trained;  // empty: not recorded
  std::optional<BundleEvaluationSource> evaluation;
};

struct BundleManifest {
  static constexpr const char* kFormat = "ctlite-model-bundle";
  static constexpr int kFormatVersion = 1;
  static constexpr const char* kWeightsFile = "weights.safetensors";
  static constexpr const char* kVocabularyFile = "vocab.txt";

  std::string id, name, version, created;
  CtVitConfig ctvit;
  HeadConfig head;
  TextTowerConfig text;
  int64_t latent_size = 512;
  // Slices F of the network input (1, 1, F, image_size, image_size) the student was trained on.
  // Preprocessing always produces CT-CLIP's 240 × 480 × 480 grid; a smaller model sees it resized
  // to (F, image_size, image_size). Absent from a manifest it keeps CT-CLIP's 1:2 slice to in-plane
  // ratio (default_input_slices), i.e. the same 360 mm field of view on every axis.
  int64_t input_slices = 240;
  std::string input_path = "compressed";  // which preprocessing the student was trained on
  std::string threshold_score = "present_probability";
  std::vector<FindingThreshold> thresholds;  // may be empty (not calibrated yet)
  std::string training_description;
  int64_t training_cases = 0;
  std::map<std::string, std::map<std::string, double>> metrics;  // NaN ↔ JSON null
  bool synthetic_training = false;
  std::string notice;  // required (non-empty) when synthetic_training
  std::optional<BundleProvenance> provenance;
  std::map<std::string, BundleFile> files;

  // Cross-field checks (sizes agree, names unique, required files listed …); throws
  // std::invalid_argument naming the field.
  void validate() const;
  // The same without the `files` checks: a manifest for a model that has no bundle folder yet.
  void validate_content() const;
  nlohmann::json to_json() const;
};

// image_size / 2 rounded down to a multiple of the temporal patch size (at least one patch).
int64_t default_input_slices(const CtVitConfig& ctvit);

// Strict parser. Throws core::InputError(source, "<key path>: <problem>").
BundleManifest parse_bundle_manifest(const nlohmann::json& json, const std::string& source);
// From raw bytes (also the fuzzing entry point: any input gives a manifest or an InputError,
// never a crash). Refuses more than kMaxManifestBytes or nesting deeper than 32.
BundleManifest parse_bundle_manifest(const std::uint8_t* data, std::size_t size,
                                     const std::string& source = "<memory>");
constexpr std::size_t kMaxManifestBytes = 4u << 20;

}  // namespace ctlite::ai
