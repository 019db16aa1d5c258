#include "ai/training/mup_parameter_groups.h"

#include <stdexcept>

namespace ctlite::ai {

std::int64_t parameter_fan_in(const torch::Tensor& tensor) {
  if (tensor.dim() < 2) return 0;
  return tensor.numel() / std::max<std::int64_t>(1, tensor.size(0));
}

std::vector<ParameterGroup> mup_parameter_groups(const std::vector<NamedParameter>& parameters,
                                                 const MupOptions& options) {
  if (options.enabled && options.base_fan_in <= 0)
    throw std::invalid_argument("muP: base fan-in must be positive, got " +
                                std::to_string(options.base_fan_in));
  std::vector<ParameterGroup> groups;
  for (const auto& parameter : parameters) {
    std::int64_t fan_in = parameter_fan_in(parameter.tensor);
    if (options.fan_in_override) {
      if (auto override = options.fan_in_override(parameter.name, parameter.tensor))
        fan_in = *override;
    }
    const bool matrix_like = fan_in > 0;
    const double multiplier =
        options.enabled && matrix_like
            ? static_cast<double>(options.base_fan_in) / static_cast<double>(fan_in)
            : 1.0;
    const double decay = matrix_like ? options.weight_decay : 0.0;
    auto group = std::find_if(groups.begin(), groups.end(), [&](const ParameterGroup& g) {
      return g.lr_multiplier == multiplier && g.weight_decay == decay;
    });
    if (group == groups.end()) {
      groups.push_back({multiplier, decay, {}, {}});
      group = std::prev(groups.end());
    }
    group->names.push_back(parameter.name);
    group->tensors.push_back(parameter.tensor);
  }
  return groups;
}

std::unique_ptr<torch::optim::AdamW> make_adamw(const std::vector<ParameterGroup>& groups,
                                                double base_lr, double beta1, double beta2,
                                                double eps) {
  std::vector<torch::optim::OptimizerParamGroup> optimizer_groups;
  for (const auto& group : groups) {
    auto options = std::make_unique<torch::optim::AdamWOptions>(base_lr * group.lr_multiplier);
    options->betas({beta1, beta2}).eps(eps).weight_decay(group.weight_decay);
    optimizer_groups.emplace_back(group.tensors, std::move(options));
  }
  return std::make_unique<torch::optim::AdamW>(std::move(optimizer_groups),
                                               torch::optim::AdamWOptions(base_lr));
}

}  // namespace ctlite::ai
