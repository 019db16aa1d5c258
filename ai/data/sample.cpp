#include "ai/data/sample.h"

#include <stdexcept>

namespace ctlite::ai {

Batch collate(const std::vector<Sample>& samples) {
  if (samples.empty()) throw std::invalid_argument("cannot collate an empty batch");
  Batch batch;
  const Sample& first = samples.front();
  std::vector<torch::Tensor> labels;
  for (const auto& sample : samples) {
    if (sample.tensors.size() != first.tensors.size() || sample.labels.size() != first.labels.size())
      throw std::invalid_argument("sample '" + sample.id + "' carries other tensors or labels than '" +
                                  first.id + "'");
    batch.ids.push_back(sample.id);
    batch.texts.push_back(sample.text);
    if (!sample.labels.empty()) labels.push_back(torch::tensor(sample.labels));
  }
  for (const auto& [key, reference] : first.tensors) {
    std::vector<torch::Tensor> parts;
    for (const auto& sample : samples) {
      auto found = sample.tensors.find(key);
      if (found == sample.tensors.end() || found->second.sizes() != reference.sizes())
        throw std::invalid_argument("sample '" + sample.id + "': tensor '" + key +
                                    "' is missing or differs in shape from sample '" + first.id + "'");
      parts.push_back(found->second);
    }
    batch.tensors[key] = torch::stack(parts);
  }
  if (!labels.empty()) batch.labels = torch::stack(labels);
  return batch;
}

}  // namespace ctlite::ai
