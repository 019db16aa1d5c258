#include "ai/metrics/binary_labels.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ctlite::ai {

void check_binary_labels(const std::vector<int>& labels, std::size_t other_size,
                         const std::string& what) {
  if (labels.empty()) throw std::invalid_argument(what + ": no cases");
  if (labels.size() != other_size) {
    throw std::invalid_argument(what + ": " + std::to_string(labels.size()) + " labels but " +
                                std::to_string(other_size) + " scores/predictions");
  }
  const auto bad = std::find_if(labels.begin(), labels.end(), [](int v) { return v != 0 && v != 1; });
  if (bad != labels.end()) {
    throw std::invalid_argument(what + ": label " + std::to_string(*bad) + " at index " +
                                std::to_string(bad - labels.begin()) + " is not 0 or 1");
  }
}

void check_finite_scores(const std::vector<double>& scores, const std::string& what) {
  const auto bad = std::find_if(scores.begin(), scores.end(), [](double v) { return !std::isfinite(v); });
  if (bad != scores.end()) {
    throw std::invalid_argument(what + ": score at index " + std::to_string(bad - scores.begin()) +
                                " is not finite");
  }
}

std::size_t count_positives(const std::vector<int>& labels) {
  return static_cast<std::size_t>(std::count(labels.begin(), labels.end(), 1));
}

}  // namespace ctlite::ai
