#pragma once
// μP-style per-block learning rates (CT-Lite eq. 19, after Yang et al., "Tensor Programs V"):
//
//     lr_block = lr_base · fan_in_base / fan_in_block
//
// lr_base was tuned for a block whose input width is fan_in_base (by default the encoder width);
// a block that sums over more inputs moves its outputs fan_in times more per unit of update, so
// its rate shrinks in proportion. Matrix-like parameters (Linear, Conv, BTT cores) follow the
// rule; vector-like ones (biases, LayerNorm gains, q/k scales, the logit temperature) keep
// lr_base, as in μP. Fan-in is the product of every dimension but the first (Linear (out, in):
// in; Conv (out, in/groups, k...): in/groups·Πk); a block whose layout differs (BTT cores keep
// their input dimension in the middle) is told through `fan_in_override`.
//
// Parameters with equal multipliers share one optimizer group. Weight decay (AdamW, decoupled)
// applies to matrix-like parameters only.

#include <torch/torch.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ctlite::ai {

struct NamedParameter {
  std::string name;
  torch::Tensor tensor;
};

struct MupOptions {
  bool enabled = true;
  std::int64_t base_fan_in = 512;  // the width lr_base is quoted for
  double weight_decay = 0.01;
  // Returns a fan-in for parameters whose layout the default rule misreads, std::nullopt else.
  std::function<std::optional<std::int64_t>(const std::string&, const torch::Tensor&)>
      fan_in_override;
};

struct ParameterGroup {
  double lr_multiplier = 1.0;  // lr_block / lr_base
  double weight_decay = 0.0;
  std::vector<std::string> names;
  std::vector<torch::Tensor> tensors;
};

// 0 for vector-like parameters.
std::int64_t parameter_fan_in(const torch::Tensor& tensor);

// Groups in first-appearance order of their multiplier, parameters in the given order.
std::vector<ParameterGroup> mup_parameter_groups(const std::vector<NamedParameter>& parameters,
                                                 const MupOptions& options);

// AdamW over the groups; each group's lr is set per step from its multiplier (Trainer).
std::unique_ptr<torch::optim::AdamW> make_adamw(const std::vector<ParameterGroup>& groups,
                                                double base_lr, double beta1 = 0.9,
                                                double beta2 = 0.999, double eps = 1e-8);

}  // namespace ctlite::ai
