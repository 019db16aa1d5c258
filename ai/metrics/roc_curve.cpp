#include "ai/metrics/roc_curve.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <numeric>

#include "ai/metrics/binary_labels.h"

namespace ctlite::ai {

std::optional<RocCurve> roc_curve(const std::vector<int>& labels, const std::vector<double>& scores) {
  check_binary_labels(labels, scores.size(), "roc_curve");
  check_finite_scores(scores, "roc_curve");
  const std::size_t positives = count_positives(labels);
  const std::size_t negatives = labels.size() - positives;
  if (positives == 0 || negatives == 0) return std::nullopt;

  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });

  RocCurve curve;
  curve.false_positive_rate.push_back(0.0);
  curve.true_positive_rate.push_back(0.0);
  curve.thresholds.push_back(std::numeric_limits<double>::infinity());
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    const std::size_t i = order[rank];
    (labels[i] == 1 ? true_positives : false_positives) += 1;
    // A point is emitted only after the last case of a tied group, as scikit-learn does.
    const bool last_of_tie = rank + 1 == order.size() || scores[order[rank + 1]] != scores[i];
    if (!last_of_tie) continue;
    curve.false_positive_rate.push_back(static_cast<double>(false_positives) / static_cast<double>(negatives));
    curve.true_positive_rate.push_back(static_cast<double>(true_positives) / static_cast<double>(positives));
    curve.thresholds.push_back(scores[i]);
  }
  return curve;
}

std::optional<double> auroc(const std::vector<int>& labels, const std::vector<double>& scores) {
  const auto curve = roc_curve(labels, scores);
  if (!curve) return std::nullopt;
  double area = 0.0;
  const auto& x = curve->false_positive_rate;
  const auto& y = curve->true_positive_rate;
  for (std::size_t i = 1; i < x.size(); ++i) area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2.0;
  return area;
}

std::optional<YoudenPoint> youden_threshold(const RocCurve& curve) {
  if (curve.thresholds.empty()) return std::nullopt;
  std::size_t best = 0;
  double best_index = curve.true_positive_rate[0] - curve.false_positive_rate[0];
  for (std::size_t i = 1; i < curve.thresholds.size(); ++i) {
    const double index = curve.true_positive_rate[i] - curve.false_positive_rate[i];
    if (index > best_index) {  // strict: an equal J later in the curve has a lower threshold
      best = i;
      best_index = index;
    }
  }
  return YoudenPoint{curve.thresholds[best], best_index, curve.true_positive_rate[best],
                     curve.false_positive_rate[best]};
}

std::optional<YoudenPoint> youden_threshold(const std::vector<int>& labels,
                                            const std::vector<double>& scores) {
  const auto curve = roc_curve(labels, scores);
  if (!curve) return std::nullopt;
  return youden_threshold(*curve);
}

}  // namespace ctlite::ai
