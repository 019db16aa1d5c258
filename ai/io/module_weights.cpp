#include "ai/io/module_weights.h"

#include <unordered_map>

#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

std::unordered_map<std::string, torch::Tensor> named_tensors(const torch::nn::Module& module) {
  std::unordered_map<std::string, torch::Tensor> tensors;
  for (const auto& item : module.named_parameters()) tensors.emplace(item.key(), item.value());
  for (const auto& item : module.named_buffers()) tensors.emplace(item.key(), item.value());
  return tensors;
}

}  // namespace

void add_module_tensors(const torch::nn::Module& module, const std::string& prefix, StateDict& out) {
  for (const auto& item : module.named_parameters()) out.insert(prefix + item.key(), item.value().detach().cpu().clone());
  for (const auto& item : module.named_buffers()) out.insert(prefix + item.key(), item.value().detach().cpu().clone());
}

void load_module_tensors(torch::nn::Module& module, const StateDict& weights, const std::string& what,
                         const std::string& source) {
  auto expected = named_tensors(module);
  for (const auto& entry : weights)
    if (!expected.count(entry.name)) throw core::InputError(source, "unexpected " + what + " weight '" + entry.name + "'");
  torch::NoGradGuard no_grad;
  for (auto& [name, target] : expected) {
    const torch::Tensor* stored = weights.find(name);
    if (!stored) throw core::InputError(source, "missing " + what + " weight '" + name + "'");
    if (!stored->sizes().equals(target.sizes()))
      throw core::InputError(source, what + " weight '" + name + "' has shape " + c10::str(stored->sizes()) +
                                         ", the model expects " + c10::str(target.sizes()));
    if (!stored->is_floating_point())
      throw core::InputError(source, what + " weight '" + name + "' is not floating point");
    target.copy_(*stored);
  }
}

}  // namespace ctlite::ai
