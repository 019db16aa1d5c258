#pragma once
// Softmax attention over many SHORT sequences in one fused CPU pass, for CT-ViT's temporal stage
// (CT-CLIP size: 576 in-plane positions × 8 heads, each a sequence of only 24 slabs).
// Through bmm + softmax those are thousands of 24×24×32 GEMM calls plus head-split copies of
// q, k, v and of the merged output: per-call overhead, not arithmetic, set their cost. Here each
// (sequence, head) pair reads its q, k, v rows straight from the projection outputs, keeps the
// L×L logits on the stack and writes its output rows straight into the head-merged buffer.

#include <torch/torch.h>

#include <cstdint>

namespace ctlite::ai {

// The longest sequence the kernel takes (its logits live on the stack).
constexpr std::int64_t kShortSequenceMaxLength = 64;

struct ShortSequenceAttention {
  torch::Tensor queries;  // (N·L, heads·dim_head) view, rows contiguous; l2-normalised and scaled
  torch::Tensor keys;     // (N·L, heads·dim_head) view, likewise
  torch::Tensor values;   // (N·L, heads·dim_head) view
  torch::Tensor output;   // (N·L, heads·dim_head), written: heads merged head-major
  torch::Tensor bias;     // (heads, L, L) contiguous, or undefined
  torch::Tensor probabilities;  // (N, heads, L, L) contiguous, or undefined (then not stored)
  std::int64_t length = 0, heads = 0, dim_head = 0;
};

// output = softmax(q·kᵀ + bias) · v per sequence and head (no further logit scale: the caller
// folds it into q). Float32 CPU tensors; throws std::invalid_argument on any other layout.
void attend_short_sequences_cpu(const ShortSequenceAttention& attention);

}  // namespace ctlite::ai
