#include "ai/io/state_dict.h"

#include <stdexcept>

namespace ctlite::ai {

void StateDict::insert(const std::string& name, torch::Tensor tensor) {
  if (contains(name)) throw std::invalid_argument("duplicate tensor name '" + name + "'");
  index_.emplace(name, entries_.size());
  entries_.push_back({name, std::move(tensor)});
}

void StateDict::set(const std::string& name, torch::Tensor tensor) {
  auto it = index_.find(name);
  if (it == index_.end()) {
    insert(name, std::move(tensor));
    return;
  }
  entries_[it->second].tensor = std::move(tensor);
}

const torch::Tensor* StateDict::find(const std::string& name) const {
  auto it = index_.find(name);
  return it == index_.end() ? nullptr : &entries_[it->second].tensor;
}

const torch::Tensor& StateDict::at(const std::string& name) const {
  const torch::Tensor* tensor = find(name);
  if (!tensor) throw std::out_of_range("no tensor named '" + name + "'");
  return *tensor;
}

std::vector<std::string> StateDict::names() const {
  std::vector<std::string> result;
  result.reserve(entries_.size());
  for (const auto& entry : entries_) result.push_back(entry.name);
  return result;
}

StateDict StateDict::with_prefix_stripped(const std::string& prefix) const {
  StateDict result;
  for (const auto& entry : entries_)
    if (entry.name.size() > prefix.size() && entry.name.compare(0, prefix.size(), prefix) == 0)
      result.insert(entry.name.substr(prefix.size()), entry.tensor);
  return result;
}

StateDict StateDict::on_cpu(const std::string& prefix) const {
  StateDict result;
  for (const auto& entry : entries_)
    result.insert(prefix + entry.name, entry.tensor.detach().cpu().contiguous());
  return result;
}

std::size_t StateDict::total_bytes() const {
  std::size_t bytes = 0;
  for (const auto& entry : entries_) bytes += entry.tensor.numel() * entry.tensor.element_size();
  return bytes;
}

}  // namespace ctlite::ai
