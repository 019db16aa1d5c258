#pragma once
// Strict by-name copying between a torch::nn::Module and a StateDict, for modules without a
// loader of their own (projection heads, the text projection). Every parameter and buffer must be
// present with its exact shape and nothing else may be there: a bundle that silently loaded half
// its weights would score with random ones.

#include <torch/torch.h>

#include <string>

#include "ai/io/state_dict.h"

namespace ctlite::ai {

// The module's parameters and buffers under `prefix` + their names, detached, on the CPU.
void add_module_tensors(const torch::nn::Module& module, const std::string& prefix, StateDict& out);

// Copies `weights` (names without prefix) into the module. Throws core::InputError(source, …)
// naming the first missing, unexpected, mis-shaped or non-floating-point tensor; `what` names the
// part in the message ("projection head").
void load_module_tensors(torch::nn::Module& module, const StateDict& weights, const std::string& what,
                         const std::string& source);

}  // namespace ctlite::ai
