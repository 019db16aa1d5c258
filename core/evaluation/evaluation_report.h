#pragma once
// The report `ctlite evaluate --out FILE.json` writes (docs/TRAINING.md, "Evaluation report"),
// read back without LibTorch: the viewer's evaluation views and the model library (which copies
// the metrics and thresholds into a registered bundle's manifest) share this one reader.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace ctlite::core {

struct RocPoints {
  std::vector<double> false_positive_rate;  // ascending, from 0 to 1
  std::vector<double> true_positive_rate;
};

struct ConfusionCounts {
  std::int64_t true_negative = 0, false_positive = 0, false_negative = 0, true_positive = 0;
};

struct FindingMetrics {
  std::string finding;
  std::int64_t positives = 0, negatives = 0;
  std::optional<double> auroc;  // undefined when the cases hold one class only
  double threshold = 0.0;       // the decision threshold the counts below used
  std::optional<double> youden_threshold;
  double weighted_f1 = 0.0;
  double accuracy = 0.0;
  ConfusionCounts confusion;
  std::optional<RocPoints> roc;  // present when the report carries ROC points
};

// One point of the 2-D t-SNE map of the shared image-text latent space.
struct CasePoint {
  std::string id;
  double x = 0.0, y = 0.0;
  std::vector<int> labels;  // 0/1 per finding, in the report's finding order
};
struct PromptPoint {
  std::string finding;
  bool present = true;  // "{finding} is present." or "... is not present."
  double x = 0.0, y = 0.0;
};
struct TsneMap {
  double perplexity = 0.0;
  std::uint64_t seed = 0;
  int iterations = 0;
  double kl_divergence = 0.0;
  int neighbours = 0;            // k of the trustworthiness below; 0 when not measured
  double trustworthiness = 0.0;  // of the map's k-neighbourhoods (1: all true neighbours)
  std::vector<CasePoint> cases;
  std::vector<PromptPoint> prompts;
};

struct EvaluationReport {
  std::string source;  // the file it was read from
  std::string model, model_id, data, split, input_path, thresholds_from, notice;
  std::int64_t cases = 0;
  std::optional<double> macro_auroc;
  double macro_weighted_f1 = 0.0;
  double macro_accuracy = 0.0;
  std::vector<FindingMetrics> findings;
  std::optional<TsneMap> tsne;

  // nullptr when the report has no such finding.
  const FindingMetrics* finding(const std::string& name) const;
};

// Throws InputError(path, problem) for a missing file, malformed JSON or a field of the wrong
// type; the problem names the field ("findings[3].confusion.tp is not an integer").
EvaluationReport read_evaluation_report(const std::string& path);
EvaluationReport parse_evaluation_report(const nlohmann::json& json, const std::string& source);

}  // namespace ctlite::core
