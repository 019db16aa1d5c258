#pragma once
// AdamW moments and step counts as a StateDict keyed by parameter name, so optimizer state goes
// through the project's safetensors writer (and survives a change of parameter order).

#include <torch/torch.h>

#include "ai/io/state_dict.h"
#include "ai/training/mup_parameter_groups.h"

namespace ctlite::ai {

// "<name>/exp_avg", "<name>/exp_avg_sq", "<name>/step" (int64, 0-d) for every parameter that
// has state. `groups` must be the groups the optimizer was built from.
StateDict save_adamw_state(const torch::optim::AdamW& optimizer,
                           const std::vector<ParameterGroup>& groups);

// Puts the moments back. std::invalid_argument naming the parameter when a shape differs or a
// saved parameter no longer exists (a checkpoint of another model).
void load_adamw_state(torch::optim::AdamW& optimizer, const std::vector<ParameterGroup>& groups,
                      const StateDict& state);

}  // namespace ctlite::ai
