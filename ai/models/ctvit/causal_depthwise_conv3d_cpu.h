#pragma once
// The PEG's depthwise 3×3×3 convolution as one fused CPU pass over channels-last tokens.
// LibTorch's CPU conv3d has no fast depthwise path (it loops over 512 groups): ~100 ms per layer
// at CT-CLIP size, against a few ms here.

#include <torch/torch.h>

#include "ai/models/ctvit/ctvit_outputs.h"

namespace ctlite::ai {

// x: contiguous float32 CPU tensor holding grid.tokens() × C values, read as (B, T, H, W, C).
// Returns x + bias + conv(x), where conv is depthwise with `weight` (C, 1, 3, 3, 3), zero padding
// (2 before, 0 after) on T and (1, 1) on H and W: exactly x + PEG(x) of the original code.
torch::Tensor add_causal_depthwise_conv3d_cpu(const torch::Tensor& x, const torch::Tensor& weight,
                                              const torch::Tensor& bias, const TokenGrid& grid);

}  // namespace ctlite::ai
