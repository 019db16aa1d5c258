#pragma once
// Hyper-parameters of a Hugging Face BertModel (CXR-BERT-specialized is BERT-base: hidden 768,
// 12 layers, 12 heads, intermediate 3072, 512 positions), read from its config.json.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace ctlite::ai {

struct BertConfig {
  int64_t vocab_size = 30522;
  int64_t hidden_size = 768;
  int64_t num_hidden_layers = 12;
  int64_t num_attention_heads = 12;
  int64_t intermediate_size = 3072;
  int64_t max_position_embeddings = 512;
  int64_t type_vocab_size = 2;
  double layer_norm_eps = 1e-12;

  int64_t head_size() const { return hidden_size / num_attention_heads; }
  void validate() const;  // throws std::invalid_argument naming the field

  // Reads the fields above from a Hugging Face config.json. Keys this port does not use are
  // ignored (HF configs carry dozens), but keys that would change the math must have the values
  // implemented here: hidden_act "gelu" (exact erf form) and position_embedding_type "absolute".
  static BertConfig from_json(const nlohmann::json& json);
  static BertConfig from_file(const std::string& path);  // throws core::InputError
  nlohmann::json to_json() const;
};

}  // namespace ctlite::ai
