#pragma once
// Input checks shared by every metric: labels are 0/1 ground truth of one finding, scores are
// finite model outputs, and both describe the same cases. Wrong input is a caller bug and throws
// std::invalid_argument; a finding that is simply one-class in this data set is not an error and
// is reported by each metric as "undefined" (std::nullopt).

#include <cstddef>
#include <string>
#include <vector>

namespace ctlite::ai {

// Throws std::invalid_argument(`what` + problem) when `labels` is empty, holds a value other
// than 0 or 1, or differs in length from `other_size`.
void check_binary_labels(const std::vector<int>& labels, std::size_t other_size,
                         const std::string& what);

// Throws std::invalid_argument when any score is NaN or infinite (a NaN would silently break
// the sort every ranking metric depends on).
void check_finite_scores(const std::vector<double>& scores, const std::string& what);

// Number of labels equal to 1.
std::size_t count_positives(const std::vector<int>& labels);

}  // namespace ctlite::ai
