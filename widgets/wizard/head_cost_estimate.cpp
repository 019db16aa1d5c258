#include "widgets/wizard/head_cost_estimate.h"

#include <algorithm>

namespace ctlite::widgets {

std::pair<std::int64_t, std::int64_t> factorize_in_two(std::int64_t n) {
  std::int64_t a = 1, b = 1;
  for (std::int64_t p = 2; n > 1;) {
    if (n % p != 0) {
      p = p * p > n ? n : p + 1;
      continue;
    }
    n /= p;
    (a <= b ? a : b) *= p;
  }
  return {std::min(a, b), std::max(a, b)};
}

HeadCostEstimate estimate_sfp_head(std::int64_t token_positions, std::int64_t block_size, std::int64_t output_size,
                                   std::int64_t rank, double learning_rate) {
  HeadCostEstimate e;
  if (token_positions < 1 || block_size < 1 || output_size < 1 || rank < 1) return e;
  const auto [b0, b1] = factorize_in_two(block_size);
  const auto [n0, n1] = factorize_in_two(output_size);
  e.dense_parameters = token_positions * block_size * output_size;
  e.sfp_parameters = token_positions * rank * (block_size * n0 + b1 * output_size);
  e.parameter_ratio = static_cast<double>(e.sfp_parameters) / static_cast<double>(e.dense_parameters);
  e.full_rank = std::min(b0, n1);
  e.first_core_learning_rate = learning_rate * static_cast<double>(block_size) / static_cast<double>(b0);
  e.second_core_learning_rate =
      learning_rate * static_cast<double>(block_size) / static_cast<double>(rank * token_positions * b1);
  return e;
}

}  // namespace ctlite::widgets
