#include "ai/models/ctvit/attention.h"

#include <algorithm>

namespace ctlite::ai {
namespace {

constexpr double kLogitScale = 8.0;  // the original's fixed `scale = 8`

// F.normalize(t, dim=-1): t / max(||t||, 1e-12).
torch::Tensor l2_normalize(const torch::Tensor& t) {
  return t / t.norm(2, -1, true).clamp_min(1e-12);
}

torch::nn::Linear linear_without_bias(std::int64_t in, std::int64_t out) {
  return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(false));
}

}  // namespace

AttentionImpl::AttentionImpl(std::int64_t dim, std::int64_t heads, std::int64_t dim_head)
    : heads_(heads), dim_head_(dim_head) {
  const std::int64_t inner = heads * dim_head;
  null_kv = register_parameter("null_kv", torch::empty({heads, 0, dim_head}));
  q_scale = register_parameter("q_scale", torch::ones({dim_head}));
  k_scale = register_parameter("k_scale", torch::ones({dim_head}));
  norm = register_module("norm", GammaBetaLayerNorm(dim));
  to_q = register_module("to_q", linear_without_bias(dim, inner));
  to_kv = register_module("to_kv", linear_without_bias(dim, 2 * inner));
  to_out = register_module("to_out", linear_without_bias(inner, dim));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& bias,
                                     torch::Tensor* probabilities) {
  const std::int64_t sequences = x.size(0), length = x.size(1);
  const auto split_heads = [&](const torch::Tensor& t) {
    return t.reshape({sequences, length, heads_, dim_head_}).permute({0, 2, 1, 3});
  };
  const auto kv = to_kv(x).chunk(2, -1);
  const torch::Tensor q = l2_normalize(split_heads(to_q(norm(x)))) * q_scale;
  const torch::Tensor k = l2_normalize(split_heads(kv[0])) * k_scale;
  const torch::Tensor v = split_heads(kv[1]);
  torch::Tensor logits = torch::matmul(q, k.transpose(-1, -2)) * kLogitScale;
  if (bias.defined()) logits = logits + bias;
  const torch::Tensor attention = logits.softmax(-1);
  if (probabilities) *probabilities = attention;
  const torch::Tensor merged = torch::matmul(attention, v)
                                   .permute({0, 2, 1, 3})
                                   .reshape({sequences, length, heads_ * dim_head_});
  return to_out(merged);
}

void AttentionImpl::add_to(torch::Tensor& x, const torch::Tensor& bias,
                           std::int64_t sequences_per_chunk, torch::Tensor* probabilities) {
  const std::int64_t sequences = x.size(0), length = x.size(1), dim = x.size(2);
  const std::int64_t inner = heads_ * dim_head_;
  torch::Tensor flat = x.view({sequences * length, dim});
  const torch::Tensor q_all = torch::mm(norm(flat), to_q->weight.t());
  const torch::Tensor kv_all = torch::mm(flat, to_kv->weight.t());
  // Scaling by 8 is exact in binary floating point, so it is folded into the query scale.
  const torch::Tensor q_scale8 = q_scale * kLogitScale;
  torch::Tensor merged = torch::empty({sequences * length, inner}, x.options());
  if (probabilities)
    *probabilities = torch::empty({sequences, heads_, length, length}, x.options());

  for (std::int64_t first = 0; first < sequences; first += sequences_per_chunk) {
    const std::int64_t count = std::min(sequences_per_chunk, sequences - first);
    const auto heads_of = [&](const torch::Tensor& all, std::int64_t column) {
      return all.narrow(0, first * length, count * length)
          .narrow(1, column, inner)
          .view({count, length, heads_, dim_head_})
          .permute({0, 2, 1, 3});
    };
    const auto batched = [&](const torch::Tensor& t) {
      return t.reshape({count * heads_, length, dim_head_});
    };
    const torch::Tensor q = batched(l2_normalize(heads_of(q_all, 0)).mul_(q_scale8));
    const torch::Tensor k = batched(l2_normalize(heads_of(kv_all, 0)).mul_(k_scale));
    const torch::Tensor v = batched(heads_of(kv_all, inner));
    torch::Tensor logits = torch::bmm(q, k.transpose(1, 2));
    if (bias.defined()) logits.view({count, heads_, length, length}).add_(bias);
    const torch::Tensor attention = logits.softmax(-1);
    if (probabilities)
      probabilities->narrow(0, first, count).copy_(attention.view({count, heads_, length, length}));
    merged.narrow(0, first * length, count * length)
        .view({count, length, heads_, dim_head_})
        .copy_(torch::bmm(attention, v)
                   .view({count, heads_, length, dim_head_})
                   .permute({0, 2, 1, 3}));
  }
  flat.addmm_(merged, to_out->weight.t());
}

}  // namespace ctlite::ai
