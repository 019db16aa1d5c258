#include "ai/text/bert_weights.h"

#include <filesystem>

#include "ai/io/weights_file.h"
#include "ai/text/bert_config.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The prefix under which the BERT keys live: "", "bert." or "text_transformer.".
std::string bert_prefix(const StateDict& weights) {
  for (const char* prefix : {"bert.", "text_transformer."})
    for (const auto& entry : weights)
      if (starts_with(entry.name, std::string(prefix) + "embeddings.")) return prefix;
  return "";
}

}  // namespace

StateDict select_bert_weights(const StateDict& weights, const std::string& source) {
  const std::string prefix = bert_prefix(weights);
  StateDict selected;
  for (const auto& entry : weights) {
    // Outside the prefix: the checkpoint's other parts (CT-CLIP's visual side, CXR-BERT's heads).
    if (!starts_with(entry.name, prefix)) continue;
    std::string name = entry.name.substr(prefix.size());
    if (name == "embeddings.position_ids" || starts_with(name, "pooler.")) continue;
    if (prefix.empty() && (starts_with(name, "cls.") || starts_with(name, "cls_projection_head.")))
      continue;
    if (!starts_with(name, "embeddings.") && !starts_with(name, "encoder."))
      throw core::InputError(source, "unexpected BERT key '" + entry.name + "'");
    if (ends_with(name, "LayerNorm.gamma")) name = name.substr(0, name.size() - 5) + "weight";
    if (ends_with(name, "LayerNorm.beta")) name = name.substr(0, name.size() - 4) + "bias";
    selected.insert(name, entry.tensor);
  }
  if (selected.empty()) throw core::InputError(source, "no BERT weights found");
  return selected;
}

void load_bert_weights(BertModelImpl& model, const StateDict& weights, const std::string& source) {
  const StateDict selected = select_bert_weights(weights, source);
  torch::NoGradGuard no_grad;
  auto parameters = model.named_parameters(/*recurse=*/true);
  for (const auto& entry : selected)
    if (!parameters.contains(entry.name))
      throw core::InputError(source, "unexpected BERT key '" + entry.name + "'");
  for (auto& item : parameters) {
    const torch::Tensor* stored = selected.find(item.key());
    if (!stored) throw core::InputError(source, "missing BERT weight '" + item.key() + "'");
    if (!stored->sizes().equals(item.value().sizes()))
      throw core::InputError(source, "BERT weight '" + item.key() + "' has shape " +
                                         c10::str(stored->sizes()) + ", the model expects " +
                                         c10::str(item.value().sizes()));
    item.value().copy_(*stored);
  }
}

BertModel load_bert_folder(const std::string& folder) {
  namespace fs = std::filesystem;
  const fs::path root(folder);
  BertModel model(BertConfig::from_file((root / "config.json").string()));
  fs::path weights = root / "model.safetensors";
  if (!fs::exists(weights)) weights = root / "pytorch_model.bin";
  if (!fs::exists(weights))
    throw core::InputError(folder, "has neither model.safetensors nor pytorch_model.bin");
  load_bert_weights(*model, read_weights_file(weights.string()), weights.string());
  return model;
}

}  // namespace ctlite::ai
