#include "ai/models/ctvit/attention.h"

#include "ai/models/ctvit/short_sequence_attention_cpu.h"

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
                           torch::Tensor* probabilities) {
  const std::int64_t sequences = x.size(0), length = x.size(1), dim = x.size(2);
  const std::int64_t inner = heads_ * dim_head_;
  torch::Tensor flat = x.view({sequences * length, dim});
  torch::Tensor queries = torch::mm(norm(flat), to_q->weight.t());
  const torch::Tensor keys_values = torch::mm(flat, to_kv->weight.t());
  // Scaling by 8 is exact in binary floating point, so it is folded into the query scale.
  normalize_heads_(queries, q_scale * kLogitScale);
  const torch::Tensor keys = keys_values.narrow(1, 0, inner);
  normalize_heads_(keys, k_scale);
  const torch::Tensor values = keys_values.narrow(1, inner, inner);
  torch::Tensor merged = torch::empty({sequences * length, inner}, x.options());
  if (probabilities)
    *probabilities = torch::empty({sequences, heads_, length, length}, x.options());

  if (x.is_cpu() && length <= kShortSequenceMaxLength) {
    attend_short_sequences_cpu({queries, keys, values, merged, bias,
                                probabilities ? *probabilities : torch::Tensor(), length, heads_,
                                dim_head_});
  } else {
    // One sequence at a time: its (heads, L, L) logits (10.6 MB for a CT-CLIP frame) are
    // reused for every sequence, and every operand is a strided view of the projection outputs
    // that the batched GEMM reads (and writes) in place: no head-split copies.
    const auto heads_of = [&](const torch::Tensor& all, std::int64_t sequence) {
      return all.narrow(0, sequence * length, length)
          .view({length, heads_, dim_head_})
          .transpose(0, 1);
    };
    torch::Tensor logits_buffer;
    if (!probabilities) logits_buffer = torch::empty({heads_, length, length}, x.options());
    for (std::int64_t sequence = 0; sequence < sequences; ++sequence) {
      torch::Tensor logits = probabilities ? probabilities->select(0, sequence) : logits_buffer;
      const torch::Tensor q = heads_of(queries, sequence);
      const torch::Tensor k_t = heads_of(keys, sequence).transpose(1, 2);
      if (bias.defined())
        torch::baddbmm_out(logits, bias, q, k_t);  // bias + q·kᵀ in one pass over the logits
      else
        torch::bmm_out(logits, q, k_t);
      torch::_softmax_out(logits, logits, -1, false);
      torch::Tensor out = heads_of(merged, sequence);
      torch::bmm_out(out, logits, heads_of(values, sequence));
    }
  }
  flat.addmm_(merged, to_out->weight.t());
}

void AttentionImpl::normalize_heads_(const torch::Tensor& rows, const torch::Tensor& scale) const {
  const torch::Tensor heads = rows.view({rows.size(0), heads_, dim_head_});
  heads.div_(heads.norm(2, -1, true).clamp_min_(1e-12)).mul_(scale);
}

}  // namespace ctlite::ai
