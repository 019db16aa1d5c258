#pragma once
// Tiny but real encoders implementing the stage interfaces, for fast tests of the stages: a
// factorised spatial/temporal transformer over 3-D patches (the CT-ViT's shape in miniature) and
// a bag-of-words text tower.

#include <functional>

#include "ai/io/module_weights.h"
#include "ai/training/stages/encoder_towers.h"

namespace ctlite::ai::testing {

struct TinyAttentionLayer : torch::nn::Module {
  TinyAttentionLayer(std::int64_t dim, std::int64_t heads) : heads(heads) {
    norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim})));
    qkv = register_module("qkv", torch::nn::Linear(torch::nn::LinearOptions(dim, 3 * dim).bias(false)));
    out = register_module("out", torch::nn::Linear(torch::nn::LinearOptions(dim, dim).bias(false)));
    ff = register_module("ff", torch::nn::Linear(dim, dim));
  }
  // x (N, L, d) → x, attention (N, heads, L, L)
  std::pair<torch::Tensor, torch::Tensor> forward(torch::Tensor x) {
    const auto n = x.size(0), l = x.size(1), d = x.size(2), dh = d / heads;
    auto parts = qkv(norm(x)).view({n, l, 3, heads, dh}).permute({2, 0, 3, 1, 4});
    auto attention = torch::softmax(torch::matmul(parts[0], parts[1].transpose(-1, -2)) / std::sqrt(double(dh)), -1);
    auto mixed = torch::matmul(attention, parts[2]).transpose(1, 2).reshape({n, l, d});
    x = x + out(mixed);
    x = x + ff(torch::gelu(x));
    return {x, attention};
  }
  std::int64_t heads;
  torch::nn::LayerNorm norm{nullptr};
  torch::nn::Linear qkv{nullptr}, out{nullptr}, ff{nullptr};
};

struct TinyEncoderModule : torch::nn::Module {
  TinyEncoderModule(std::int64_t dim, std::int64_t patch) : patch(patch) {
    embed = register_module("embed", torch::nn::Linear(patch * patch * patch, dim));
    spatial = register_module("spatial", std::make_shared<TinyAttentionLayer>(dim, 2));
    temporal = register_module("temporal", std::make_shared<TinyAttentionLayer>(dim, 2));
  }
  std::int64_t patch;
  torch::nn::Linear embed{nullptr};
  std::shared_ptr<TinyAttentionLayer> spatial, temporal;
};

class TinyVolumeEncoder : public VolumeEncoder {
 public:
  // Input (B, 1, F, H, W) with F, H, W = grid · patch.
  TinyVolumeEncoder(std::int64_t dim, std::int64_t patch, std::array<std::int64_t, 3> grid)
      : module_(std::make_shared<TinyEncoderModule>(dim, patch)), dim_(dim), grid_(grid) {}

  FastEncoderTrace forward(const torch::Tensor& video, bool with_trace) override {
    const auto b = video.size(0), p = module_->patch;
    const auto [t, h, w] = grid_;
    auto patches = video.view({b, t, p, h, p, w, p}).permute({0, 1, 3, 5, 2, 4, 6}).reshape({b, t, h, w, p * p * p});
    auto x = module_->embed(patches);
    FastEncoderTrace trace;
    auto [xs, as] = module_->spatial->forward(x.reshape({b * t, h * w, dim_}));
    if (with_trace) trace.layers.push_back({as, xs});
    x = xs.view({b, t, h, w, dim_}).permute({0, 2, 3, 1, 4}).reshape({b * h * w, t, dim_});
    auto [xt, at] = module_->temporal->forward(x);
    if (with_trace) trace.layers.push_back({at, xt});
    trace.output = xt.view({b, h, w, t, dim_}).permute({0, 3, 1, 2, 4});
    return trace;
  }
  torch::nn::Module& module() override { return *module_; }
  StateDict state_dict() override {
    StateDict out;
    add_module_tensors(*module_, "", out);
    return out;
  }
  void load_state_dict(const StateDict& weights) override {
    load_module_tensors(*module_, weights, "test module", "test");
  }
  std::int64_t pooled_feature_size() const override { return grid_[1] * grid_[2] * dim_; }
  std::int64_t token_width() const override { return dim_; }

 private:
  std::shared_ptr<TinyEncoderModule> module_;
  std::int64_t dim_;
  std::array<std::int64_t, 3> grid_;
};

}  // namespace ctlite::ai::testing
