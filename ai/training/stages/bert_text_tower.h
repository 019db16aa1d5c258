#pragma once
// The BERT text tower (ai/text) as a training-stage TextEncoder: tokenise with the bundle's
// WordPiece vocabulary, run BERT, keep the [CLS] position of the last hidden state (CT-CLIP's
// text feature, ctvit-architecture.md §7).

#include <memory>

#include "ai/text/bert_model.h"
#include "ai/text/bert_tokenizer.h"
#include "ai/training/stages/encoder_towers.h"

namespace ctlite::ai {

class BertTextTower : public TextEncoder {
 public:
  // max_length: CT-CLIP pads to 512; small models use shorter texts (reports are truncated).
  BertTextTower(BertModel model, BertTokenizer tokenizer, std::int64_t max_length);

  torch::Tensor encode(const std::vector<std::string>& texts) override;
  torch::nn::Module& module() override { return *model_; }
  // Hugging Face BertModel names (embeddings.word_embeddings.weight, encoder.layer.0...).
  StateDict state_dict() override;
  void load_state_dict(const StateDict& weights) override;
  std::int64_t width() const override { return model_->config().hidden_size; }

  const BertTokenizer& tokenizer() const { return tokenizer_; }
  std::int64_t max_length() const { return max_length_; }

 private:
  BertModel model_;
  BertTokenizer tokenizer_;
  std::int64_t max_length_;
};

}  // namespace ctlite::ai
