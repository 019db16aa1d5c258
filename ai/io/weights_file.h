#pragma once
// One entry point for weight files: safetensors, or a torch.save ZIP checkpoint (.pt/.pth/.ckpt),
// told apart by content, not by extension.

#include <string>

#include "ai/io/state_dict.h"

namespace ctlite::ai {

// Reads the tensors accepted by `select` (all when empty). Throws core::InputError naming the
// file and the problem.
StateDict read_weights_file(const std::string& path, const TensorFilter& select = {});

}  // namespace ctlite::ai
