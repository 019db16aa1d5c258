#include "ai/training/stages/contrastive_model.h"

#include "ai/training/stages/bert_text_tower.h"
#include "ai/training/stages/ctvit_tower.h"

namespace ctlite::ai {

std::shared_ptr<TextEncoder> make_text_tower(const TextTowerConfig& config,
                                             const std::vector<std::string>& vocabulary) {
  BertConfig bert = config.bert;
  bert.vocab_size = static_cast<std::int64_t>(vocabulary.size());
  return std::make_shared<BertTextTower>(BertModel(bert), BertTokenizer(vocabulary, config.lower_case),
                                         config.max_length);
}

std::unique_ptr<ContrastiveTask> make_contrastive_task(const BundleManifest& model,
                                                       const std::vector<std::string>& vocabulary,
                                                       ContrastiveTaskOptions options,
                                                       const StateDict* weights) {
  auto text = make_text_tower(model.text, vocabulary);
  // The quantised tokens (straight-through in training mode) are the feature CT-CLIP's head
  // pools, at training and at inference alike.
  auto visual = std::make_shared<CtVitTower>(CtVit(model.ctvit), false, options.codebook_ema);
  auto task = std::make_unique<ContrastiveTask>(visual, make_projection_head(model.head), text,
                                                std::move(options));
  if (weights) task->load_state_dict(*weights);
  return task;
}

StateDict replace_entries(const StateDict& base, const StateDict& source,
                          const std::vector<std::string>& prefixes) {
  StateDict out;
  for (const auto& entry : base) {
    bool replaced = false;
    for (const auto& prefix : prefixes)
      if (entry.name.rfind(prefix, 0) == 0) replaced = true;
    out.insert(entry.name, replaced ? source.at(entry.name) : entry.tensor);
  }
  return out;
}

}  // namespace ctlite::ai
