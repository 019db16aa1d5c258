#include "ai/training/stages/text_match_signs.h"

#include <torch/torch.h>

#include <stdexcept>

namespace ctlite::ai {

torch::Tensor text_match_signs(const std::vector<std::string>& texts,
                               const std::vector<PromptChoice>& prompts, const torch::Tensor& labels) {
  const auto batch = static_cast<std::int64_t>(texts.size());
  if (static_cast<std::int64_t>(prompts.size()) != batch)
    throw std::invalid_argument("text_match_signs: one prompt choice per text is required");
  bool any_prompt = false;
  for (const auto& p : prompts) any_prompt = any_prompt || p.finding >= 0;
  if (any_prompt && (!labels.defined() || labels.dim() != 2 || labels.size(0) != batch))
    throw std::invalid_argument("text_match_signs: prompts need labels of shape (batch, findings)");
  const torch::Tensor present = any_prompt ? (labels.cpu().to(torch::kFloat32) >= 0.5f) : torch::Tensor();
  torch::Tensor signs = torch::full({batch, batch}, -1.0f);
  auto s = signs.accessor<float, 2>();
  for (std::int64_t j = 0; j < batch; ++j) {
    const PromptChoice& prompt = prompts[static_cast<std::size_t>(j)];
    if (prompt.finding >= 0 && prompt.finding >= present.size(1))
      throw std::invalid_argument("text_match_signs: prompt finding " + std::to_string(prompt.finding) +
                                  " outside the " + std::to_string(present.size(1)) + " label columns");
    for (std::int64_t i = 0; i < batch; ++i) {
      const bool match = i == j || texts[static_cast<std::size_t>(i)] == texts[static_cast<std::size_t>(j)] ||
                         (prompt.finding >= 0 &&
                          present[i][prompt.finding].item<bool>() == prompt.present);
      if (match) s[i][j] = 1.0f;
    }
  }
  return signs;
}

}  // namespace ctlite::ai
