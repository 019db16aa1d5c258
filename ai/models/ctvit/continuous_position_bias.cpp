#include "ai/models/ctvit/continuous_position_bias.h"

namespace ctlite::ai {
namespace {

// Holds the Linear of one hidden block under the name "0" (its LeakyReLU, "1", has no weights).
class HiddenBlockImpl : public torch::nn::Module {
 public:
  HiddenBlockImpl(std::int64_t in, std::int64_t out)
      : linear(register_module("0", torch::nn::Linear(in, out))) {}
  torch::nn::Linear linear;
};
TORCH_MODULE(HiddenBlock);

}  // namespace

ContinuousPositionBiasImpl::ContinuousPositionBiasImpl(std::int64_t dim, std::int64_t heads,
                                                       std::int64_t layers) {
  net = register_module("net", torch::nn::ModuleList());
  for (std::int64_t i = 0; i < layers; ++i) {
    HiddenBlock block(i == 0 ? 2 : dim, dim);
    net->push_back(block);
    hidden_layers.push_back(block->linear);
  }
  output_layer = torch::nn::Linear(dim, heads);
  net->push_back(output_layer);
}

torch::Tensor ContinuousPositionBiasImpl::forward(std::int64_t height, std::int64_t width,
                                                  const torch::Device& device) {
  const auto long_options = torch::TensorOptions().dtype(torch::kInt64).device(device);
  // Every distinct offset (di, dj), di in [-(h-1), h-1], dj in [-(w-1), w-1], row-major.
  const torch::Tensor di = torch::arange(-(height - 1), height, long_options);
  const torch::Tensor dj = torch::arange(-(width - 1), width, long_options);
  const auto grid = torch::meshgrid({di, dj}, "ij");
  const torch::Tensor offsets = torch::stack({grid[0].reshape(-1), grid[1].reshape(-1)}, 1);
  // The original computes sign(r) * log(|r| + 1) on int64 offsets: log promotes to float32.
  const torch::Tensor compressed = torch::sign(offsets).to(torch::kFloat32) *
                                   torch::log((offsets.abs() + 1).to(torch::kFloat32));
  torch::Tensor table = compressed;
  for (auto& layer : hidden_layers) table = torch::leaky_relu(layer(table), 0.1);
  table = output_layer(table);  // (distinct offsets, heads)

  // Token n = i·w + j; offset of (n, m) is pos[n] − pos[m].
  const torch::Tensor i = torch::arange(height, long_options).repeat_interleave(width);
  const torch::Tensor j = torch::arange(width, long_options).repeat(height);
  const torch::Tensor row = (i.unsqueeze(1) - i.unsqueeze(0)) + (height - 1);
  const torch::Tensor column = (j.unsqueeze(1) - j.unsqueeze(0)) + (width - 1);
  const torch::Tensor index = (row * (2 * width - 1) + column).reshape(-1);
  const std::int64_t tokens = height * width;
  return table.index_select(0, index).view({tokens, tokens, -1}).permute({2, 0, 1}).contiguous();
}

}  // namespace ctlite::ai
