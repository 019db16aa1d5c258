#pragma once
// A fused CPU kernel for the BTT product at inference (no autograd), used by btt_matmul when it
// applies. At batch 1 the head is memory-bound (the SFP rank-4 cores are 226 MB) and the generic
// path issues k·b1 = 18 432 tiny GEMMs plus a regroup copy; this kernel streams each core once:
// for every a1 it forms z = x[a1]·W1[a1] in registers and immediately accumulates z into y through
// W2's a1 slab, so the intermediate never touches memory and the block sum costs nothing extra.

#include <torch/types.h>

#include "ai/heads/btt_shape.h"

namespace ctlite::ai {

// True when the fused kernel can serve this call: CPU float32 tensors, no gradient needed.
bool btt_cpu_kernel_applies(const torch::Tensor& x, const torch::Tensor& first_core,
                            const torch::Tensor& second_core);

// x: (rows, m0·m1) → (rows, n0·n1). Parallel over a1 with one accumulator per thread.
torch::Tensor btt_matmul_cpu(const torch::Tensor& x, const torch::Tensor& first_core,
                             const torch::Tensor& second_core, const BttShape& shape);

}  // namespace ctlite::ai
