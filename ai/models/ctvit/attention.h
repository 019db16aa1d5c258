#pragma once
// CT-ViT self-attention (ctvit-architecture.md §3.3.2). Compatibility traps kept:
//  * only the query path is layer-normed; keys and values come from the UN-normed x;
//  * q and k are l2-normalised and scaled by learned per-dim q_scale / k_scale;
//  * the logit scale is a fixed 8, not 1/sqrt(dim_head);
//  * no mask, not causal (also in the temporal stage); `null_kv` is a zero-size parameter kept
//    only because checkpoints hold it.

#include <torch/torch.h>

#include "ai/models/ctvit/gamma_beta_layer_norm.h"

namespace ctlite::ai {

class AttentionImpl : public torch::nn::Module {
 public:
  AttentionImpl(std::int64_t dim, std::int64_t heads, std::int64_t dim_head);

  // The branch Attn(x) for x (N, L, dim); `bias` (heads, L, L) or undefined. When
  // `probabilities` is given it receives the softmax (N, heads, L, L). Autograd-friendly.
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& bias,
                        torch::Tensor* probabilities = nullptr);

  // x += Attn(x) in place (x contiguous, no autograd). Short sequences (the temporal stage) go
  // through one fused CPU kernel; long ones (spatial frames) one sequence at a time through
  // batched GEMMs on strided views, so only one sequence's L×L logits exist at a time.
  void add_to(torch::Tensor& x, const torch::Tensor& bias, torch::Tensor* probabilities = nullptr);

  GammaBetaLayerNorm norm{nullptr};
  torch::nn::Linear to_q{nullptr}, to_kv{nullptr}, to_out{nullptr};
  torch::Tensor null_kv, q_scale, k_scale;

 private:
  // rows (tokens, heads·dim_head), rows contiguous: each head's slice ← l2n(slice) ⊙ scale.
  void normalize_heads_(const torch::Tensor& rows, const torch::Tensor& scale) const;
  std::int64_t heads_, dim_head_;
};
TORCH_MODULE(Attention);

}  // namespace ctlite::ai
