#include "ai/metrics/classification_metrics.h"

#include "ai/metrics/binary_labels.h"

namespace ctlite::ai {

std::vector<int> calls_at_threshold(const std::vector<double>& scores, double threshold) {
  std::vector<int> calls(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i) calls[i] = scores[i] >= threshold ? 1 : 0;
  return calls;
}

BinaryConfusion confusion_matrix(const std::vector<int>& labels, const std::vector<int>& predictions) {
  check_binary_labels(labels, predictions.size(), "confusion_matrix labels");
  check_binary_labels(predictions, labels.size(), "confusion_matrix predictions");
  BinaryConfusion c;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == 1) {
      (predictions[i] == 1 ? c.true_positive : c.false_negative) += 1;
    } else {
      (predictions[i] == 1 ? c.false_positive : c.true_negative) += 1;
    }
  }
  return c;
}

double accuracy(const BinaryConfusion& c) {
  return static_cast<double>(c.true_positive + c.true_negative) / static_cast<double>(c.total());
}

double accuracy(const std::vector<int>& labels, const std::vector<int>& predictions) {
  return accuracy(confusion_matrix(labels, predictions));
}

namespace {

// F1 of one class from its own true positives, false positives and false negatives; 0 when the
// class is neither present nor predicted (scikit-learn's zero_division=0 outcome).
double class_f1(std::size_t tp, std::size_t fp, std::size_t fn) {
  const std::size_t denominator = 2 * tp + fp + fn;
  return denominator == 0 ? 0.0 : 2.0 * static_cast<double>(tp) / static_cast<double>(denominator);
}

}  // namespace

double weighted_f1(const BinaryConfusion& c) {
  const double f1_present = class_f1(c.true_positive, c.false_positive, c.false_negative);
  // For the "absent" class the roles swap: a true negative is its true positive.
  const double f1_absent = class_f1(c.true_negative, c.false_negative, c.false_positive);
  const double support_present = static_cast<double>(c.true_positive + c.false_negative);
  const double support_absent = static_cast<double>(c.true_negative + c.false_positive);
  return (support_present * f1_present + support_absent * f1_absent) / static_cast<double>(c.total());
}

double weighted_f1(const std::vector<int>& labels, const std::vector<int>& predictions) {
  return weighted_f1(confusion_matrix(labels, predictions));
}

std::optional<double> macro_average(const std::vector<std::optional<double>>& per_finding) {
  double sum = 0.0;
  std::size_t count = 0;
  for (const auto& value : per_finding) {
    if (!value) continue;
    sum += *value;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return sum / static_cast<double>(count);
}

}  // namespace ctlite::ai
