#pragma once
// Which texts of a SigLIP batch truly match which volumes. Plain image-report pairs match only
// on the diagonal, but once zero-shot prompts stand in for reports (CT-CLIP's VocabFine,
// --prompt-fraction) "Pleural effusion is not present." is true of most volumes of the batch:
// calling those pairs negatives teaches the towers the opposite of the labels, so the sign of a
// prompt column follows every volume's label instead.

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::ai {

// The zero-shot prompt a training text was replaced by; finding < 0: the text is a report.
struct PromptChoice {
  std::int64_t finding = -1;
  bool present = false;
};

// (B, B) float signs, +1 where image i matches text j: the diagonal, identical texts (two
// reports the sentence filter emptied alike) and prompts whose polarity agrees with image i's
// label (labels (B, findings), ≥ 0.5 = present); −1 elsewhere.
torch::Tensor text_match_signs(const std::vector<std::string>& texts,
                               const std::vector<PromptChoice>& prompts, const torch::Tensor& labels);

}  // namespace ctlite::ai
