#include "ai/training/stages/bert_text_tower.h"

#include <stdexcept>

#include "ai/text/bert_weights.h"

namespace ctlite::ai {

BertTextTower::BertTextTower(BertModel model, BertTokenizer tokenizer, std::int64_t max_length)
    : model_(std::move(model)), tokenizer_(std::move(tokenizer)), max_length_(max_length) {
  if (max_length_ < 2 || max_length_ > model_->config().max_position_embeddings)
    throw std::invalid_argument("text max_length must lie in [2, max_position_embeddings]");
  if (tokenizer_.vocabulary_size() > model_->config().vocab_size)
    throw std::invalid_argument("the vocabulary has more tokens than BERT's embedding table");
}

torch::Tensor BertTextTower::encode(const std::vector<std::string>& texts) {
  if (texts.empty()) throw std::invalid_argument("text tower: no texts to encode");
  const auto rows = static_cast<std::int64_t>(texts.size());
  auto ids = torch::empty({rows, max_length_}, torch::kInt64);
  auto mask = torch::empty({rows, max_length_}, torch::kInt64);
  for (std::int64_t i = 0; i < rows; ++i) {
    const TokenizedText tokens = tokenizer_.encode(texts[static_cast<std::size_t>(i)], max_length_);
    std::copy(tokens.input_ids.begin(), tokens.input_ids.end(), ids[i].data_ptr<std::int64_t>());
    std::copy(tokens.attention_mask.begin(), tokens.attention_mask.end(), mask[i].data_ptr<std::int64_t>());
  }
  const auto device = model_->parameters().front().device();
  return model_->forward(ids.to(device), mask.to(device)).select(1, 0);
}

StateDict BertTextTower::state_dict() {
  StateDict out;
  for (const auto& p : model_->named_parameters()) out.insert(p.key(), p.value().detach());
  return out;
}

void BertTextTower::load_state_dict(const StateDict& weights) {
  load_bert_weights(*model_, weights, "checkpoint");
}

}  // namespace ctlite::ai
