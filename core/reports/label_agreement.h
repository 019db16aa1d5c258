#pragma once
// Agreement of predicted 0/1 labels with ground truth, per finding: the numbers behind
// "precision/recall of the report labeler on the phantom set".

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace ctlite::core {

struct BinaryCounts {
  std::size_t true_positive = 0, false_positive = 0, false_negative = 0, true_negative = 0;

  // An undefined ratio (no positives predicted / present) is reported as 1: nothing was wrong.
  double precision() const { return ratio(true_positive, true_positive + false_positive); }
  double recall() const { return ratio(true_positive, true_positive + false_negative); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void add(bool predicted, bool truth) {
    if (predicted && truth) ++true_positive;
    else if (predicted) ++false_positive;
    else if (truth) ++false_negative;
    else ++true_negative;
  }
  BinaryCounts& operator+=(const BinaryCounts& o) {
    true_positive += o.true_positive;
    false_positive += o.false_positive;
    false_negative += o.false_negative;
    true_negative += o.true_negative;
    return *this;
  }

 private:
  static double ratio(std::size_t a, std::size_t b) {
    return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
  }
};

class LabelAgreement {
 public:
  explicit LabelAgreement(std::size_t findings) : counts_(findings) {}
  // One report: predicted and true labels in the same finding order.
  void add(const std::vector<int>& predicted, const std::vector<int>& truth) {
    if (predicted.size() != counts_.size() || truth.size() != counts_.size())
      throw std::invalid_argument("label agreement: expected " + std::to_string(counts_.size()) +
                                  " labels per report");
    for (std::size_t i = 0; i < counts_.size(); ++i) counts_[i].add(predicted[i] != 0, truth[i] != 0);
  }
  const BinaryCounts& finding(std::size_t i) const { return counts_.at(i); }
  std::size_t findings() const { return counts_.size(); }
  // Pooled over findings (micro average).
  BinaryCounts pooled() const {
    BinaryCounts all;
    for (const auto& c : counts_) all += c;
    return all;
  }

 private:
  std::vector<BinaryCounts> counts_;
};

}  // namespace ctlite::core
