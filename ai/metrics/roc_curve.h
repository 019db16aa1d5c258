#pragma once
// ROC curve and AUROC of one finding, numerically the same as scikit-learn's
// roc_curve(drop_intermediate=False) and roc_auc_score: one point per DISTINCT score (tied
// scores move together, so ties give a diagonal step rather than an order-dependent staircase),
// area by the trapezoid rule over those points.

#include <optional>
#include <vector>

namespace ctlite::ai {

struct RocCurve {
  // Points in order of decreasing threshold; the first point is (0, 0) at threshold +infinity
  // (scikit-learn >= 1.3 convention; 1.2 wrote max(score) + 1 there), so "present = score >=
  // threshold" at thresholds[i] gives exactly (false_positive_rate[i], true_positive_rate[i]).
  std::vector<double> false_positive_rate;
  std::vector<double> true_positive_rate;
  std::vector<double> thresholds;
};

// std::nullopt when the labels hold only one class (the curve is undefined: scikit-learn would
// divide by zero and warn). Throws std::invalid_argument on empty/mismatched/non-0-1 labels or
// non-finite scores.
std::optional<RocCurve> roc_curve(const std::vector<int>& labels, const std::vector<double>& scores);

// Area under the ROC curve (trapezoid over the distinct-threshold points). std::nullopt for a
// one-class finding, like roc_curve.
std::optional<double> auroc(const std::vector<int>& labels, const std::vector<double>& scores);

// Youden's J statistic: the threshold maximising tpr - fpr over the ROC points. Ties go to the
// HIGHER threshold (the first maximum in curve order, as numpy.argmax picks), i.e. the more
// conservative call. std::nullopt for a one-class finding.
struct YoudenPoint {
  double threshold = 0.0;
  double youden_index = 0.0;  // tpr - fpr at that threshold
  double true_positive_rate = 0.0;
  double false_positive_rate = 0.0;
};
std::optional<YoudenPoint> youden_threshold(const std::vector<int>& labels,
                                            const std::vector<double>& scores);
std::optional<YoudenPoint> youden_threshold(const RocCurve& curve);

}  // namespace ctlite::ai
