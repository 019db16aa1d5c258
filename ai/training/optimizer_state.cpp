#include "ai/training/optimizer_state.h"

#include <set>
#include <stdexcept>

namespace ctlite::ai {
namespace {

// LibTorch keys optimizer state by the parameter's TensorImpl address.
std::string state_key(const torch::Tensor& parameter) {
  return c10::guts::to_string(parameter.unsafeGetTensorImpl());
}

}  // namespace

StateDict save_adamw_state(const torch::optim::AdamW& optimizer,
                           const std::vector<ParameterGroup>& groups) {
  StateDict out;
  const auto& state = optimizer.state();
  for (const auto& group : groups) {
    for (size_t i = 0; i < group.tensors.size(); ++i) {
      auto found = state.find(state_key(group.tensors[i]));
      if (found == state.end()) continue;
      const auto& s = static_cast<const torch::optim::AdamWParamState&>(*found->second);
      const std::string& name = group.names[i];
      out.insert(name + "/exp_avg", s.exp_avg().detach().cpu());
      out.insert(name + "/exp_avg_sq", s.exp_avg_sq().detach().cpu());
      out.insert(name + "/step", torch::tensor(s.step(), torch::kInt64));
    }
  }
  return out;
}

void load_adamw_state(torch::optim::AdamW& optimizer, const std::vector<ParameterGroup>& groups,
                      const StateDict& state) {
  std::set<std::string> used;
  auto& optimizer_state = optimizer.state();
  optimizer_state.clear();
  for (const auto& group : groups) {
    for (size_t i = 0; i < group.tensors.size(); ++i) {
      const std::string& name = group.names[i];
      const auto* exp_avg = state.find(name + "/exp_avg");
      const auto* exp_avg_sq = state.find(name + "/exp_avg_sq");
      const auto* step = state.find(name + "/step");
      if (!exp_avg && !exp_avg_sq && !step) continue;  // never updated before the checkpoint
      if (!exp_avg || !exp_avg_sq || !step)
        throw std::invalid_argument("optimizer state of '" + name + "' is incomplete");
      const auto& parameter = group.tensors[i];
      if (exp_avg->sizes() != parameter.sizes() || exp_avg_sq->sizes() != parameter.sizes())
        throw std::invalid_argument("optimizer state of '" + name +
                                    "' does not match the parameter's shape");
      auto s = std::make_unique<torch::optim::AdamWParamState>();
      s->step(step->item<std::int64_t>());
      s->exp_avg(exp_avg->to(parameter.device(), parameter.scalar_type()).clone());
      s->exp_avg_sq(exp_avg_sq->to(parameter.device(), parameter.scalar_type()).clone());
      optimizer_state[state_key(parameter)] = std::move(s);
      used.insert(name);
    }
  }
  for (const auto& entry : state) {
    const std::string name = entry.name.substr(0, entry.name.rfind('/'));
    if (!used.count(name))
      throw std::invalid_argument("optimizer state names parameter '" + name +
                                  "', which the model does not train");
  }
}

}  // namespace ctlite::ai
