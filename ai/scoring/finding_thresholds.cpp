#include "ai/scoring/finding_thresholds.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "ai/io/atomic_file_writer.h"
#include "ai/io/json_file.h"
#include "core/common/errors.h"

namespace ctlite::ai {

std::string score_kind_name(ZeroShotScoreKind kind) {
  return kind == ZeroShotScoreKind::PresentProbability ? "present_probability" : "similarity_difference";
}

ZeroShotScoreKind score_kind_from_name(const std::string& name) {
  if (name == "present_probability") return ZeroShotScoreKind::PresentProbability;
  if (name == "similarity_difference") return ZeroShotScoreKind::SimilarityDifference;
  throw std::invalid_argument("unknown zero-shot score \"" + name +
                              "\" (expected present_probability or similarity_difference)");
}

void FindingThresholds::validate() const {
  if (findings.size() != thresholds.size()) {
    throw std::invalid_argument(std::to_string(findings.size()) + " findings but " +
                                std::to_string(thresholds.size()) + " thresholds");
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (!seen.insert(findings[i]).second) throw std::invalid_argument("finding \"" + findings[i] + "\" repeats");
    // +infinity is legitimate (Youden picked "never present"); NaN is not a threshold.
    if (std::isnan(thresholds[i])) throw std::invalid_argument("threshold of \"" + findings[i] + "\" is NaN");
  }
}

namespace {

// JSON has no infinity: an infinite threshold is written as the string "inf" / "-inf".
nlohmann::json threshold_to_json(double value) {
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  return value;
}

double threshold_from_json(const nlohmann::json& value) {
  if (value.is_number()) return value.get<double>();
  if (value == "inf") return INFINITY;
  if (value == "-inf") return -INFINITY;
  throw std::invalid_argument("threshold " + value.dump() + " is not a number");
}

}  // namespace

FindingThresholds read_finding_thresholds(const std::string& path) {
  return parse_json_file(path, "thresholds file", [](const nlohmann::json& document) {
    FindingThresholds result;
    result.score_kind = score_kind_from_name(document.at("score").get<std::string>());
    for (const auto& entry : document.at("thresholds")) {
      result.findings.push_back(entry.at("finding").get<std::string>());
      result.thresholds.push_back(threshold_from_json(entry.at("threshold")));
    }
    result.validate();
    return result;
  });
}

void write_finding_thresholds(const std::string& path, const FindingThresholds& thresholds) {
  thresholds.validate();
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < thresholds.findings.size(); ++i) {
    list.push_back({{"finding", thresholds.findings[i]}, {"threshold", threshold_to_json(thresholds.thresholds[i])}});
  }
  const std::string text =
      nlohmann::json{{"score", score_kind_name(thresholds.score_kind)}, {"thresholds", list}}.dump(2) + "\n";
  AtomicFileWriter writer(path);
  writer.write(text.data(), text.size());
  writer.commit();
}

std::vector<bool> call_findings(const std::vector<double>& scores, ZeroShotScoreKind kind,
                                const FindingThresholds& thresholds) {
  if (kind != thresholds.score_kind) {
    throw std::invalid_argument("thresholds were fitted on " + score_kind_name(thresholds.score_kind) +
                                " but the scores are " + score_kind_name(kind));
  }
  if (scores.size() != thresholds.thresholds.size()) {
    throw std::invalid_argument(std::to_string(scores.size()) + " scores but " +
                                std::to_string(thresholds.thresholds.size()) + " thresholds");
  }
  std::vector<bool> present(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i) present[i] = scores[i] >= thresholds.thresholds[i];
  return present;
}

}  // namespace ctlite::ai
