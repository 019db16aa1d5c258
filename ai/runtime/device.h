#pragma once
// Choosing the compute device for a command (`--device cpu|cuda|cuda:N`).

#include <torch/torch.h>

#include <string>

namespace ctlite::ai {

// Parses the name and checks the device exists; throws std::invalid_argument otherwise (e.g.
// "cuda" on a CPU-only LibTorch build).
torch::Device parse_device(const std::string& name);

// TF32 matmuls/convolutions on Ampere+ GPUs drift by ~1e-3, enough to flip near-tie VQ indices
// (ctvit-architecture.md §12); encoder outputs meant to match CT-CLIP run in full FP32.
void disable_tf32();

}  // namespace ctlite::ai
