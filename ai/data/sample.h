#pragma once
// One training example and a collated batch. The stage decides which tensors a sample carries
// ("volume": CT-CLIP-preprocessed uncompressed input, "compressed": the lung-window JPEG-Q90
// version of the same volume, both (1, F, H, W) in [-1, 1]).

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace ctlite::ai {

struct Sample {
  std::string id;
  std::map<std::string, torch::Tensor> tensors;
  std::string text;           // report text (after sentence filtering)
  std::vector<float> labels;  // one per finding, may be empty
};

struct Batch {
  std::vector<std::string> ids;
  std::map<std::string, torch::Tensor> tensors;  // each stacked to (B, ...)
  std::vector<std::string> texts;
  torch::Tensor labels;  // (B, findings) float, undefined when samples carry none
  std::int64_t size() const { return static_cast<std::int64_t>(ids.size()); }
};

// Stacks the samples' tensors key by key. std::invalid_argument naming the sample when keys,
// shapes or label counts differ.
Batch collate(const std::vector<Sample>& samples);

}  // namespace ctlite::ai
