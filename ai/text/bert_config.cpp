#include "ai/text/bert_config.h"

#include <stdexcept>

#include "ai/io/json_file.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

void read_integer(const nlohmann::json& json, const char* key, int64_t& field) {
  if (!json.contains(key)) return;
  if (!json.at(key).is_number_integer())
    throw std::invalid_argument(std::string("BERT config: '") + key + "' is not an integer");
  field = json.at(key).get<int64_t>();
}

void require_string(const nlohmann::json& json, const char* key, const char* expected) {
  if (json.contains(key) && json.at(key) != expected)
    throw std::invalid_argument(std::string("BERT config: ") + key + " = " + json.at(key).dump() +
                                " is not supported (only \"" + expected + "\")");
}

}  // namespace

void BertConfig::validate() const {
  auto positive = [](const char* name, int64_t value, int64_t max) {
    if (value < 1 || value > max)
      throw std::invalid_argument(std::string("BERT config: ") + name + " = " +
                                  std::to_string(value) + " is out of range");
  };
  positive("vocab_size", vocab_size, 1 << 22);
  positive("hidden_size", hidden_size, 1 << 15);
  positive("num_hidden_layers", num_hidden_layers, 256);
  positive("num_attention_heads", num_attention_heads, 1024);
  positive("intermediate_size", intermediate_size, 1 << 17);
  positive("max_position_embeddings", max_position_embeddings, 1 << 16);
  positive("type_vocab_size", type_vocab_size, 1 << 10);
  if (hidden_size % num_attention_heads != 0)
    throw std::invalid_argument("BERT config: hidden_size is not a multiple of num_attention_heads");
  if (!(layer_norm_eps > 0 && layer_norm_eps < 1))
    throw std::invalid_argument("BERT config: layer_norm_eps is out of range");
}

BertConfig BertConfig::from_json(const nlohmann::json& json) {
  if (!json.is_object()) throw std::invalid_argument("BERT config is not a JSON object");
  BertConfig config;
  read_integer(json, "vocab_size", config.vocab_size);
  read_integer(json, "hidden_size", config.hidden_size);
  read_integer(json, "num_hidden_layers", config.num_hidden_layers);
  read_integer(json, "num_attention_heads", config.num_attention_heads);
  read_integer(json, "intermediate_size", config.intermediate_size);
  read_integer(json, "max_position_embeddings", config.max_position_embeddings);
  read_integer(json, "type_vocab_size", config.type_vocab_size);
  if (json.contains("layer_norm_eps")) {
    if (!json.at("layer_norm_eps").is_number())
      throw std::invalid_argument("BERT config: 'layer_norm_eps' is not a number");
    config.layer_norm_eps = json.at("layer_norm_eps").get<double>();
  }
  require_string(json, "hidden_act", "gelu");
  require_string(json, "position_embedding_type", "absolute");
  config.validate();
  return config;
}

BertConfig BertConfig::from_file(const std::string& path) {
  return parse_json_file(path, "the BERT config", [](const nlohmann::json& json) { return from_json(json); });
}

nlohmann::json BertConfig::to_json() const {
  return {{"vocab_size", vocab_size},
          {"hidden_size", hidden_size},
          {"num_hidden_layers", num_hidden_layers},
          {"num_attention_heads", num_attention_heads},
          {"intermediate_size", intermediate_size},
          {"max_position_embeddings", max_position_embeddings},
          {"type_vocab_size", type_vocab_size},
          {"layer_norm_eps", layer_norm_eps},
          {"hidden_act", "gelu"},
          {"position_embedding_type", "absolute"}};
}

}  // namespace ctlite::ai
