#pragma once
// Per-finding decision thresholds (typically each finding's Youden threshold on a validation
// set) and the present/absent calls made with them. A threshold only means something for the
// score it was fitted on, so the file records which score that was and calls refuse a mismatch:
// a probability threshold of 0.4 applied to a similarity difference would call nearly nothing.

#include <string>
#include <vector>

namespace ctlite::ai {

enum class ZeroShotScoreKind { PresentProbability, SimilarityDifference };

std::string score_kind_name(ZeroShotScoreKind kind);  // "present_probability", "similarity_difference"
ZeroShotScoreKind score_kind_from_name(const std::string& name);  // throws std::invalid_argument

struct FindingThresholds {
  ZeroShotScoreKind score_kind = ZeroShotScoreKind::PresentProbability;
  std::vector<std::string> findings;  // names, in score column order
  std::vector<double> thresholds;     // one per finding

  // Throws std::invalid_argument when sizes differ, a name repeats or a threshold is NaN.
  void validate() const;
};

// JSON: {"score": "<kind>", "thresholds": [{"finding": "...", "threshold": x}, ...]}. A list, not
// an object, so the column order survives. Reading throws core::InputError(path, problem);
// writing is atomic and throws core::OutputError.
FindingThresholds read_finding_thresholds(const std::string& path);
void write_finding_thresholds(const std::string& path, const FindingThresholds& thresholds);

// present = score >= threshold, one call per finding. `scores` holds one case's scores in the
// thresholds' finding order and must be of kind `kind`; throws std::invalid_argument otherwise.
std::vector<bool> call_findings(const std::vector<double>& scores, ZeroShotScoreKind kind,
                                const FindingThresholds& thresholds);

}  // namespace ctlite::ai
