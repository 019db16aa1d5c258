#pragma once
// Metrics of zero-shot finding scores against labels, per finding and macro-averaged: AUROC,
// Youden threshold, and at the decision thresholds weighted F1, accuracy and the confusion
// counts (ai/metrics gives each number; this gathers them the way the paper's tables report).

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ai/metrics/classification_metrics.h"
#include "ai/metrics/roc_curve.h"

namespace ctlite::ai {

struct FindingEvaluation {
  std::string finding;
  std::size_t positives = 0, negatives = 0;
  std::optional<double> auroc;        // undefined for a one-class finding
  std::optional<YoudenPoint> youden;  // on these cases
  std::optional<RocCurve> roc;
  double threshold = 0.0;             // the one the calls below used
  BinaryConfusion confusion;
  double weighted_f1 = 0.0;
  double accuracy = 0.0;
};

struct ZeroShotEvaluation {
  std::vector<FindingEvaluation> findings;
  std::optional<double> macro_auroc;
  double macro_weighted_f1 = 0.0;
  double macro_accuracy = 0.0;
  std::size_t cases = 0;
};

// scores[case][finding] and labels[case][finding] (0/1). `thresholds` (one per finding) are the
// decision thresholds; without them each finding's own Youden threshold is used (calibration),
// and 0.5 for a one-class finding. std::invalid_argument on mismatched sizes.
ZeroShotEvaluation evaluate_zero_shot(const std::vector<std::string>& findings,
                                      const std::vector<std::vector<double>>& scores,
                                      const std::vector<std::vector<int>>& labels,
                                      const std::vector<double>* thresholds = nullptr);

// {"cases", "macro": {...}, "findings": [{"finding", "auroc", "threshold", "youden_threshold",
// "weighted_f1", "accuracy", "confusion": {"tn","fp","fn","tp"}, "roc": {...}}]}; undefined
// values are null. ROC points only with `roc_points`.
nlohmann::json evaluation_to_json(const ZeroShotEvaluation& evaluation, bool roc_points);

}  // namespace ctlite::ai
