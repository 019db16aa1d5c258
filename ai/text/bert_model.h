#pragma once
// Hugging Face BertModel's encoder (no pooler: CT-CLIP uses last_hidden_state[:, 0], §7).
// Module and parameter names equal the HF state-dict keys (embeddings.word_embeddings.weight,
// encoder.layer.3.attention.self.query.weight, …) so weights load by name (bert_weights.h).

#include <torch/torch.h>

#include "ai/text/bert_config.h"

namespace ctlite::ai {

class BertLayerImpl : public torch::nn::Module {
 public:
  explicit BertLayerImpl(const BertConfig& config);
  // hidden (B, L, H); additive_mask (B, 1, 1, L): 0 for tokens, the dtype's lowest value for padding.
  torch::Tensor forward(const torch::Tensor& hidden, const torch::Tensor& additive_mask);

 private:
  int64_t heads_, head_size_;
  torch::nn::Linear query_{nullptr}, key_{nullptr}, value_{nullptr};
  torch::nn::Linear attention_dense_{nullptr}, intermediate_dense_{nullptr}, output_dense_{nullptr};
  torch::nn::LayerNorm attention_norm_{nullptr}, output_norm_{nullptr};
};
TORCH_MODULE(BertLayer);

class BertModelImpl : public torch::nn::Module {
 public:
  explicit BertModelImpl(const BertConfig& config);

  // input_ids (B, L) int64, attention_mask (B, L) 1/0 → last_hidden_state (B, L, H).
  // token_type_ids are zeros (CT-CLIP passes none). Throws std::invalid_argument on bad shapes,
  // ids outside the vocabulary or L above max_position_embeddings.
  torch::Tensor forward(const torch::Tensor& input_ids, const torch::Tensor& attention_mask);

  const BertConfig& config() const { return config_; }

 private:
  BertConfig config_;
  torch::nn::Embedding word_embeddings_{nullptr}, position_embeddings_{nullptr},
      token_type_embeddings_{nullptr};
  torch::nn::LayerNorm embedding_norm_{nullptr};
  torch::nn::ModuleList layers_{nullptr};
};
TORCH_MODULE(BertModel);

}  // namespace ctlite::ai
