#pragma once
// Metrics of hard present/absent calls for one finding, numerically the same as scikit-learn's
// confusion_matrix, accuracy_score and f1_score(average="weighted") on 0/1 labels.

#include <cstddef>
#include <optional>
#include <vector>

namespace ctlite::ai {

// scikit-learn's layout [[tn, fp], [fn, tp]] with class 1 = finding present.
struct BinaryConfusion {
  std::size_t true_negative = 0;
  std::size_t false_positive = 0;
  std::size_t false_negative = 0;
  std::size_t true_positive = 0;
  std::size_t total() const { return true_negative + false_positive + false_negative + true_positive; }
};

// present = score >= threshold (the same rule the zero-shot calls use).
std::vector<int> calls_at_threshold(const std::vector<double>& scores, double threshold);

// Each function throws std::invalid_argument on empty or mismatched inputs or values other than
// 0/1 in either vector.
BinaryConfusion confusion_matrix(const std::vector<int>& labels, const std::vector<int>& predictions);
double accuracy(const BinaryConfusion& confusion);
double accuracy(const std::vector<int>& labels, const std::vector<int>& predictions);

// F1 of each class weighted by its support (number of true cases), as
// f1_score(average="weighted"). A class with no true and no predicted case has F1 0 (scikit-
// learn's zero_division default) but also weight 0, so the result is always defined for a
// non-empty input, even when the finding is one-class.
double weighted_f1(const BinaryConfusion& confusion);
double weighted_f1(const std::vector<int>& labels, const std::vector<int>& predictions);

// Mean of the defined values (one per finding); findings whose metric is undefined (one-class)
// are left out rather than counted as 0. std::nullopt when none is defined.
std::optional<double> macro_average(const std::vector<std::optional<double>>& per_finding);

}  // namespace ctlite::ai
