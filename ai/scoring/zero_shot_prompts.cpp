#include "ai/scoring/zero_shot_prompts.h"

#include "core/dataset/abnormality_names.h"

namespace ctlite::ai {

std::string present_prompt(std::string_view finding) { return std::string(finding) + " is present."; }

std::string absent_prompt(std::string_view finding) { return std::string(finding) + " is not present."; }

std::vector<std::string> zero_shot_prompts(const std::vector<std::string>& findings) {
  std::vector<std::string> prompts;
  prompts.reserve(2 * findings.size());
  for (const auto& finding : findings) {
    prompts.push_back(present_prompt(finding));
    prompts.push_back(absent_prompt(finding));
  }
  return prompts;
}

std::vector<std::string> ct_rate_finding_names() {
  return {core::kAbnormalityNames.begin(), core::kAbnormalityNames.end()};
}

}  // namespace ctlite::ai
