#include "ai/models/ctvit/position_generator.h"

#include "ai/models/ctvit/causal_depthwise_conv3d_cpu.h"

namespace ctlite::ai {

PositionGeneratorImpl::PositionGeneratorImpl(std::int64_t dim) {
  dsconv = register_module("dsconv",
                           torch::nn::Conv3d(torch::nn::Conv3dOptions(dim, dim, 3).groups(dim)));
}

torch::Tensor PositionGeneratorImpl::forward(const torch::Tensor& x, const TokenGrid& grid) {
  const std::int64_t dim = x.size(-1);
  torch::Tensor volume =
      x.reshape({grid.batch, grid.frames, grid.height, grid.width, dim}).permute({0, 4, 1, 2, 3});
  // F.pad order is last axis first: W (1, 1), H (1, 1), T (2, 0).
  volume = torch::constant_pad_nd(volume, {1, 1, 1, 1, 2, 0}, 0.0);
  return dsconv(volume).permute({0, 2, 3, 4, 1}).reshape(x.sizes());
}

torch::Tensor PositionGeneratorImpl::add_to(const torch::Tensor& x, const TokenGrid& grid) {
  if (x.is_cpu() && x.scalar_type() == torch::kFloat32 && x.is_contiguous() &&
      !torch::GradMode::is_enabled())
    return add_causal_depthwise_conv3d_cpu(x, dsconv->weight, dsconv->bias, grid);
  return x + forward(x, grid);
}

}  // namespace ctlite::ai
