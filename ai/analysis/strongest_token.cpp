#include "ai/analysis/strongest_token.h"

#include <torch/torch.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace ctlite::ai {

std::vector<TokenLocation> strongest_tokens(const torch::Tensor& grid_scores, int64_t count) {
  if (grid_scores.dim() != 3 || grid_scores.numel() == 0) {
    throw std::invalid_argument("strongest_tokens: expected a non-empty (t, h, w) score grid");
  }
  if (count < 0) throw std::invalid_argument("strongest_tokens: negative count");
  const auto flat = grid_scores.to(torch::kCPU, torch::kFloat64).contiguous().view(-1);
  if (torch::isnan(flat).any().item<bool>()) throw std::invalid_argument("strongest_tokens: score grid holds NaN");
  const double* values = flat.data_ptr<double>();
  std::vector<int64_t> order(static_cast<std::size_t>(flat.numel()));
  std::iota(order.begin(), order.end(), int64_t{0});
  const auto kept = std::min<int64_t>(count, flat.numel());
  // stable tie order (row-major first) so the answer never depends on the sort's internals
  std::partial_sort(order.begin(), order.begin() + kept, order.end(), [values](int64_t a, int64_t b) {
    return values[a] > values[b] || (values[a] == values[b] && a < b);
  });
  const int64_t h = grid_scores.size(1);
  const int64_t w = grid_scores.size(2);
  std::vector<TokenLocation> result;
  for (int64_t i = 0; i < kept; ++i) {
    const int64_t index = order[static_cast<std::size_t>(i)];
    result.push_back({index / (h * w), (index / w) % h, index % w, values[index]});
  }
  return result;
}

TokenLocation strongest_token(const torch::Tensor& grid_scores) { return strongest_tokens(grid_scores, 1).front(); }

}  // namespace ctlite::ai
