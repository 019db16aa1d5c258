#pragma once
// A tiny but real training task for testing the generic machinery: a two-layer MLP with dropout
// (so the random generator state matters) regressing a smooth function of the sample index.

#include "ai/io/module_weights.h"
#include "ai/training/training_task.h"

namespace ctlite::ai::testing {

struct ToyNet : torch::nn::Module {
  ToyNet() {
    first = register_module("first", torch::nn::Linear(4, 16));
    second = register_module("second", torch::nn::Linear(16, 1));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    return second(torch::dropout(torch::gelu(first(x)), 0.3, is_training()));
  }
  torch::nn::Linear first{nullptr}, second{nullptr};
};

inline Sample toy_sample(std::int64_t index) {
  Sample s;
  s.id = "sample" + std::to_string(index);
  auto x = torch::arange(4, torch::kFloat32) + 1.3f * static_cast<float>(index);
  x = torch::sin(x);
  s.tensors["x"] = x;
  s.tensors["y"] = (x.sum() * 0.5f + 0.1f).reshape({1});
  return s;
}

class ToyTask : public TrainingTask {
 public:
  explicit ToyTask(std::uint64_t init_seed) {
    torch::manual_seed(init_seed);
    net = std::make_shared<ToyNet>();
    net->train();
  }
  std::string stage() const override { return "toy"; }
  std::vector<NamedParameter> trainable_parameters() override {
    std::vector<NamedParameter> out;
    for (const auto& p : net->named_parameters()) out.push_back({p.key(), p.value()});
    return out;
  }
  MupOptions mup_options() const override {
    MupOptions options;
    options.base_fan_in = 4;
    return options;
  }
  LossReport compute_loss(const Batch& batch) override {
    auto prediction = net->forward(batch.tensors.at("x"));
    auto loss = torch::mse_loss(prediction, batch.tensors.at("y"));
    return {loss, {{"mse", loss.item<double>()}}};
  }
  StateDict state_dict() override {
    StateDict out;
    add_module_tensors(*net, "", out);
    return out;
  }
  void load_state_dict(const StateDict& weights) override {
    load_module_tensors(*net, weights, "test module", "test");
  }
  nlohmann::json extra_state() const override { return {{"calls", calls}}; }
  void load_extra_state(const nlohmann::json& state) override { calls = state.at("calls"); }

  std::shared_ptr<ToyNet> net;
  int calls = 0;
};

}  // namespace ctlite::ai::testing
