#pragma once
// The prompt pair CT-CLIP's scripts/zero_shot.py scores for each finding (§8). The training
// loop's validation uses "There is {name}." / "There is no {name}." instead; the published
// zero-shot numbers come from these.

#include <string>
#include <string_view>
#include <vector>

namespace ctlite::ai {

std::string present_prompt(std::string_view finding);  // "{name} is present."
std::string absent_prompt(std::string_view finding);   // "{name} is not present."

// 2·F prompts: for each finding in order, present then absent. This is the row layout
// score_zero_shot expects for its prompt latents (row 2f = present, 2f+1 = absent).
std::vector<std::string> zero_shot_prompts(const std::vector<std::string>& findings);

// The 18 CT-RATE findings of core/dataset/abnormality_names.h (header-only, so ai/ still
// builds alone), as strings.
std::vector<std::string> ct_rate_finding_names();

}  // namespace ctlite::ai
