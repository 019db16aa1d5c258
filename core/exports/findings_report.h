#pragma once
// The AI engine's answer for one CT, as plain C++: what every export (PDF, DICOM SR, encapsulated
// PDF) reports. Read from the JSON of `ctlite score --json` (docs/ENGINE_PROTOCOL.md, `score`
// result), so exports never depend on the engine's code, only on its documented output.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace ctlite::core {

struct ModelIdentity {
  std::string id;              // e.g. "ctlite-demo"
  std::string name;            // e.g. "CT-Lite demo"
  std::string version;
  std::string weights_sha256;  // 64 lower-case hex digits, or empty when unknown
  std::string input;           // "compressed" (lung-window JPEG path) or "uncompressed"
  std::string notice;          // e.g. "Trained on synthetic phantoms. Not for clinical use."

  // The demo model is trained on synthetic phantoms only; every export must say so.
  bool synthetic_trained() const;
};

struct FindingResult {
  std::string name;  // one of kAbnormalityNames
  double score = 0.0;
  double threshold = 0.5;
  bool present = false;
  // Where the model's evidence is strongest, in the input volume's voxel grid (x, y, z).
  std::optional<std::array<std::int64_t, 3>> evidence_voxel;
};

struct FindingsReport {
  ModelIdentity model;
  std::string device;                  // "cpu", "cuda"
  std::vector<FindingResult> findings;  // CT-RATE order, as the engine sent them
  std::vector<std::pair<std::string, double>> timings_ms;  // stage -> milliseconds
  std::string pca_path;                // PCA overlay NIfTI, empty when none

  // The model read the lung-window 8-bit JPEG (compressed) path rather than HU voxels.
  bool compressed_input() const { return model.input == "compressed"; }
  // Present findings first, by score minus threshold (strongest evidence first); ties keep order.
  std::vector<const FindingResult*> ranked_findings() const;
};

// InputError naming `source` (the file) and the field for missing or mistyped fields, unknown or
// repeated finding names, scores or thresholds outside [0, 1], and negative evidence voxels.
FindingsReport parse_findings_report(const nlohmann::json& json, const std::string& source);
// Reads and parses a JSON file (size-checked before reading); InputError naming the file.
FindingsReport read_findings_report(const std::string& path);
// The same schema back (used by tests and by tools that hand reports on).
nlohmann::json findings_report_to_json(const FindingsReport& report);

// The largest findings file accepted: the real thing is a few kilobytes.
constexpr std::uintmax_t kMaxFindingsFileBytes = 4u << 20;

}  // namespace ctlite::core
