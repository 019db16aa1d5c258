#include "ai/models/ctvit/short_sequence_attention_cpu.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace ctlite::ai {
namespace {

struct RowStrides {
  std::int64_t queries, keys, values, output;
};

// One (sequence, head): `scratch` holds dim_head·L transposed keys and L·L logits. Keys are
// transposed so that a query row's logits are axpys over the L keys, and the output row is an
// axpy over dim_head: both vectorise without reassociating any sum (no -ffast-math needed), so
// every dot product is summed in the same order as a plain loop. Compiled for AVX2+FMA and for
// baseline x86-64; the loader picks the clone that fits the CPU.
__attribute__((target_clones("arch=haswell", "default"))) void attend_one(
    const float* __restrict q, const float* __restrict k, const float* __restrict v,
    float* __restrict out, const float* __restrict bias, float* __restrict probabilities,
    float* __restrict scratch, const RowStrides& stride, std::int64_t length,
    std::int64_t dim_head) {
  float* __restrict keys_t = scratch;
  float* __restrict logits = scratch + dim_head * length;
  for (std::int64_t j = 0; j < length; ++j)
    for (std::int64_t e = 0; e < dim_head; ++e) keys_t[e * length + j] = k[j * stride.keys + e];

  for (std::int64_t i = 0; i < length; ++i) {
    float* __restrict row = logits + i * length;
    std::fill(row, row + length, 0.0f);
    for (std::int64_t e = 0; e < dim_head; ++e) {
      const float query = q[i * stride.queries + e];
      const float* __restrict key_column = keys_t + e * length;
      for (std::int64_t j = 0; j < length; ++j) row[j] += query * key_column[j];
    }
    if (bias)
      for (std::int64_t j = 0; j < length; ++j) row[j] += bias[i * length + j];

    const float largest = *std::max_element(row, row + length);
    float sum = 0.0f;
    for (std::int64_t j = 0; j < length; ++j) {
      row[j] = std::exp(row[j] - largest);
      sum += row[j];
    }
    const float inverse_sum = 1.0f / sum;  // as ATen's softmax: one reciprocal, then products
    for (std::int64_t j = 0; j < length; ++j) row[j] *= inverse_sum;
    if (probabilities) std::copy(row, row + length, probabilities + i * length);

    float* __restrict out_row = out + i * stride.output;
    std::fill(out_row, out_row + dim_head, 0.0f);
    for (std::int64_t j = 0; j < length; ++j) {
      const float weight = row[j];
      const float* __restrict value = v + j * stride.values;
      for (std::int64_t e = 0; e < dim_head; ++e) out_row[e] += weight * value[e];
    }
  }
}

bool usable_rows(const torch::Tensor& t, std::int64_t rows, std::int64_t columns) {
  return t.defined() && t.is_cpu() && t.scalar_type() == torch::kFloat32 && t.dim() == 2 &&
         t.size(0) == rows && t.size(1) == columns && t.stride(1) == 1;
}

}  // namespace

void attend_short_sequences_cpu(const ShortSequenceAttention& a) {
  const std::int64_t length = a.length, heads = a.heads, dim_head = a.dim_head;
  const std::int64_t rows = a.queries.defined() ? a.queries.size(0) : 0;
  const std::int64_t inner = heads * dim_head;
  const bool valid =
      length >= 1 && length <= kShortSequenceMaxLength && heads >= 1 && dim_head >= 1 &&
      rows % length == 0 && usable_rows(a.queries, rows, inner) &&
      usable_rows(a.keys, rows, inner) && usable_rows(a.values, rows, inner) &&
      usable_rows(a.output, rows, inner) &&
      (!a.bias.defined() ||
       (a.bias.is_contiguous() && a.bias.scalar_type() == torch::kFloat32 &&
        a.bias.numel() == heads * length * length)) &&
      (!a.probabilities.defined() ||
       (a.probabilities.is_contiguous() && a.probabilities.scalar_type() == torch::kFloat32 &&
        a.probabilities.numel() == rows * heads * length));
  if (!valid) throw std::invalid_argument("attend_short_sequences_cpu: unexpected tensor layout");

  const RowStrides stride{a.queries.stride(0), a.keys.stride(0), a.values.stride(0),
                          a.output.stride(0)};
  const float* queries = a.queries.data_ptr<float>();
  const float* keys = a.keys.data_ptr<float>();
  const float* values = a.values.data_ptr<float>();
  float* output = a.output.data_ptr<float>();
  const float* bias = a.bias.defined() ? a.bias.data_ptr<float>() : nullptr;
  float* probabilities = a.probabilities.defined() ? a.probabilities.data_ptr<float>() : nullptr;
  const std::int64_t sequences = rows / length;

  // One task = one (sequence, head); a grain of 64 tasks amortises the scheduling.
  at::parallel_for(0, sequences * heads, 64, [&](std::int64_t begin, std::int64_t end) {
    std::vector<float> scratch(static_cast<std::size_t>((dim_head + length) * length));
    for (std::int64_t task = begin; task < end; ++task) {
      const std::int64_t sequence = task / heads, head = task % heads;
      const std::int64_t first_row = sequence * length, column = head * dim_head;
      attend_one(queries + first_row * stride.queries + column,
                 keys + first_row * stride.keys + column,
                 values + first_row * stride.values + column,
                 output + first_row * stride.output + column,
                 bias ? bias + head * length * length : nullptr,
                 probabilities ? probabilities + task * length * length : nullptr, scratch.data(),
                 stride, length, dim_head);
    }
  });
}

}  // namespace ctlite::ai
