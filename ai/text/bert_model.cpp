#include "ai/text/bert_model.h"

#include <limits>
#include <stdexcept>

namespace ctlite::ai {
namespace {

// An empty module that only gives its children their HF name prefix.
std::shared_ptr<torch::nn::Module> add_group(torch::nn::Module& parent, const std::string& name) {
  return parent.register_module(name, std::make_shared<torch::nn::Module>());
}

torch::nn::LayerNorm layer_norm(const BertConfig& config) {
  return torch::nn::LayerNorm(
      torch::nn::LayerNormOptions({config.hidden_size}).eps(config.layer_norm_eps));
}

}  // namespace

BertLayerImpl::BertLayerImpl(const BertConfig& config)
    : heads_(config.num_attention_heads), head_size_(config.head_size()) {
  const int64_t h = config.hidden_size;
  auto attention = add_group(*this, "attention");
  auto self = add_group(*attention, "self");
  query_ = self->register_module("query", torch::nn::Linear(h, h));
  key_ = self->register_module("key", torch::nn::Linear(h, h));
  value_ = self->register_module("value", torch::nn::Linear(h, h));
  auto attention_output = add_group(*attention, "output");
  attention_dense_ = attention_output->register_module("dense", torch::nn::Linear(h, h));
  attention_norm_ = attention_output->register_module("LayerNorm", layer_norm(config));
  auto intermediate = add_group(*this, "intermediate");
  intermediate_dense_ =
      intermediate->register_module("dense", torch::nn::Linear(h, config.intermediate_size));
  auto output = add_group(*this, "output");
  output_dense_ = output->register_module("dense", torch::nn::Linear(config.intermediate_size, h));
  output_norm_ = output->register_module("LayerNorm", layer_norm(config));
}

torch::Tensor BertLayerImpl::forward(const torch::Tensor& hidden, const torch::Tensor& additive_mask) {
  const int64_t batch = hidden.size(0), length = hidden.size(1);
  auto split_heads = [&](const torch::Tensor& t) {
    return t.view({batch, length, heads_, head_size_}).transpose(1, 2);
  };
  auto q = split_heads(query_(hidden));
  auto k = split_heads(key_(hidden));
  auto v = split_heads(value_(hidden));
  auto scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(static_cast<double>(head_size_));
  auto context = torch::matmul(torch::softmax(scores + additive_mask, -1), v)
                     .transpose(1, 2)
                     .reshape({batch, length, heads_ * head_size_});
  auto attended = attention_norm_(attention_dense_(context) + hidden);
  // HF "gelu" is the exact erf form.
  auto inner = torch::gelu(intermediate_dense_(attended));
  return output_norm_(output_dense_(inner) + attended);
}

BertModelImpl::BertModelImpl(const BertConfig& config) : config_(config) {
  config_.validate();
  auto embeddings = add_group(*this, "embeddings");
  word_embeddings_ = embeddings->register_module(
      "word_embeddings", torch::nn::Embedding(config_.vocab_size, config_.hidden_size));
  position_embeddings_ = embeddings->register_module(
      "position_embeddings", torch::nn::Embedding(config_.max_position_embeddings, config_.hidden_size));
  token_type_embeddings_ = embeddings->register_module(
      "token_type_embeddings", torch::nn::Embedding(config_.type_vocab_size, config_.hidden_size));
  embedding_norm_ = embeddings->register_module("LayerNorm", layer_norm(config_));
  auto encoder = add_group(*this, "encoder");
  layers_ = encoder->register_module("layer", torch::nn::ModuleList());
  for (int64_t i = 0; i < config_.num_hidden_layers; ++i) layers_->push_back(BertLayer(config_));
}

torch::Tensor BertModelImpl::forward(const torch::Tensor& input_ids, const torch::Tensor& attention_mask) {
  if (input_ids.dim() != 2 || !attention_mask.sizes().equals(input_ids.sizes()))
    throw std::invalid_argument("BERT: input_ids and attention_mask must both be (batch, length)");
  const int64_t length = input_ids.size(1);
  if (length < 1 || length > config_.max_position_embeddings)
    throw std::invalid_argument("BERT: sequence length " + std::to_string(length) +
                                " is outside 1.." + std::to_string(config_.max_position_embeddings));
  auto ids = input_ids.to(torch::kInt64);
  if (ids.numel() > 0 && (ids.min().item<int64_t>() < 0 || ids.max().item<int64_t>() >= config_.vocab_size))
    throw std::invalid_argument("BERT: a token id is outside the vocabulary of " +
                                std::to_string(config_.vocab_size));
  const auto device = word_embeddings_->weight.device();
  ids = ids.to(device);
  auto positions = torch::arange(length, torch::TensorOptions().dtype(torch::kInt64).device(device));
  auto hidden = word_embeddings_(ids) + position_embeddings_(positions).unsqueeze(0) +
                token_type_embeddings_->weight[0];
  hidden = embedding_norm_(hidden);
  // HF's extended mask: (1 − mask)·finfo(dtype).min added to the scores, so padded keys get an
  // exactly-zero weight and padding never changes the real tokens' outputs.
  const auto dtype = hidden.scalar_type();
  auto additive = (1.0 - attention_mask.to(device, dtype)).view({ids.size(0), 1, 1, length}) *
                  (dtype == torch::kFloat64 ? std::numeric_limits<double>::lowest()
                                            : static_cast<double>(std::numeric_limits<float>::lowest()));
  for (const auto& layer : *layers_) hidden = layer->as<BertLayerImpl>()->forward(hidden, additive);
  return hidden;
}

}  // namespace ctlite::ai
