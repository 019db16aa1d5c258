#include "ai/analysis/pca_feature_map.h"

#include <torch/torch.h>

#include <stdexcept>
#include <string>

namespace ctlite::ai {

namespace {

constexpr int64_t kComponents = 3;

// Flips each row so that its entry of largest magnitude is positive.
torch::Tensor with_canonical_signs(const torch::Tensor& components) {
  const auto largest = components.abs().argmax(1, /*keepdim=*/true);
  const auto sign = components.gather(1, largest).sign();
  return components * torch::where(sign == 0, torch::ones_like(sign), sign);
}

// Min-max scales each column to [0, 1]. A column flagged `flat` (variance at rounding level of
// the leading component's) is 0.5: stretching pure rounding noise to full range would paint
// random colours.
torch::Tensor scale_columns_to_unit_range(const torch::Tensor& values, const torch::Tensor& flat) {
  const auto low = std::get<0>(values.min(0, /*keepdim=*/true));
  const auto range = std::get<0>(values.max(0, /*keepdim=*/true)) - low;
  const auto safe_range = torch::where(flat, torch::ones_like(range), range);
  return torch::where(flat, torch::full_like(values, 0.5), (values - low) / safe_range);
}

}  // namespace

PcaFeatureMap pca_feature_map(const torch::Tensor& token_grid) {
  if (token_grid.dim() != 4) {
    throw std::invalid_argument("pca_feature_map: expected a (t, h, w, d) token grid, got " +
                                std::to_string(token_grid.dim()) + " dimensions");
  }
  const int64_t width = token_grid.size(3);
  const int64_t tokens = token_grid.size(0) * token_grid.size(1) * token_grid.size(2);
  if (width < kComponents) throw std::invalid_argument("pca_feature_map: token width " + std::to_string(width) + " < 3");
  if (tokens < 2) throw std::invalid_argument("pca_feature_map: need at least 2 tokens");
  const auto x = token_grid.reshape({tokens, width}).to(torch::kCPU, torch::kFloat64);
  if (!torch::isfinite(x).all().item<bool>()) throw std::invalid_argument("pca_feature_map: non-finite token values");

  const auto centered = x - x.mean(0, /*keepdim=*/true);
  const auto covariance = centered.t().mm(centered) / static_cast<double>(tokens - 1);
  const auto [eigenvalues, eigenvectors] = torch::linalg::eigh(covariance, "L");  // ascending
  const auto top = torch::arange(width - 1, width - 1 - kComponents, -1, torch::kLong);

  PcaFeatureMap map;
  map.components = with_canonical_signs(eigenvectors.index_select(1, top).t().contiguous());
  map.explained_variance = eigenvalues.index_select(0, top).clamp_min(0.0);
  const auto projection = centered.mm(map.components.t());
  const auto flat = (map.explained_variance <= 1e-12 * map.explained_variance[0]).unsqueeze(0);
  map.rgb = scale_columns_to_unit_range(projection, flat)
                .to(torch::kFloat32)
                .reshape({token_grid.size(0), token_grid.size(1), token_grid.size(2), kComponents});
  return map;
}

}  // namespace ctlite::ai
