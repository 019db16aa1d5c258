// BERT forward against an independent restatement of the formulas (float64, explicit loops over
// heads, padded keys skipped rather than masked), and weight loading in the spellings real
// checkpoints use. (transformers is not installed here, so no cross-check with it.)

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "ai/io/safetensors.h"
#include "ai/text/bert_model.h"
#include "ai/text/bert_weights.h"
#include "core/common/errors.h"
#include "tests/ai/heads/golden_tensors.h"

namespace ctlite::ai {
namespace {

BertConfig tiny_config() {
  BertConfig c;
  c.vocab_size = 50;
  c.hidden_size = 16;
  c.num_hidden_layers = 2;
  c.num_attention_heads = 4;
  c.intermediate_size = 24;
  c.max_position_embeddings = 20;
  return c;
}

// Random weights everywhere, LayerNorm affine included, so that every term matters.
BertModel random_model(uint64_t seed) {
  torch::manual_seed(seed);
  BertModel model(tiny_config());
  torch::NoGradGuard no_grad;
  for (auto& p : model->parameters()) p.normal_(0.0, 0.3);
  return model;
}

using Parameters = torch::OrderedDict<std::string, torch::Tensor>;

torch::Tensor reference_layer_norm(const torch::Tensor& x, const Parameters& p, const std::string& name) {
  auto mean = x.mean(-1, true);
  auto var = (x - mean).square().mean(-1, true);
  return (x - mean) / torch::sqrt(var + 1e-12) * p[name + ".weight"].to(torch::kFloat64) +
         p[name + ".bias"].to(torch::kFloat64);
}

torch::Tensor reference_linear(const torch::Tensor& x, const Parameters& p, const std::string& name) {
  return torch::matmul(x, p[name + ".weight"].to(torch::kFloat64).t()) + p[name + ".bias"].to(torch::kFloat64);
}

// One sequence: ids (L), valid = number of unpadded tokens. Returns (L, H) in float64.
torch::Tensor reference_forward(BertModelImpl& model, const std::vector<int64_t>& ids, int64_t valid) {
  const Parameters p = model.named_parameters();
  const BertConfig& c = model.config();
  const int64_t length = static_cast<int64_t>(ids.size());
  auto x = torch::zeros({length, c.hidden_size}, torch::kFloat64);
  for (int64_t i = 0; i < length; ++i)
    x[i] = p["embeddings.word_embeddings.weight"][ids[static_cast<std::size_t>(i)]].to(torch::kFloat64) +
           p["embeddings.position_embeddings.weight"][i].to(torch::kFloat64) +
           p["embeddings.token_type_embeddings.weight"][0].to(torch::kFloat64);
  x = reference_layer_norm(x, p, "embeddings.LayerNorm");
  const int64_t d = c.head_size();
  for (int64_t l = 0; l < c.num_hidden_layers; ++l) {
    const std::string layer = "encoder.layer." + std::to_string(l) + ".";
    auto q = reference_linear(x, p, layer + "attention.self.query");
    auto k = reference_linear(x, p, layer + "attention.self.key");
    auto v = reference_linear(x, p, layer + "attention.self.value");
    auto context = torch::zeros_like(x);
    for (int64_t h = 0; h < c.num_attention_heads; ++h) {
      auto qh = q.narrow(1, h * d, d);
      auto kh = k.narrow(1, h * d, d).narrow(0, 0, valid);  // padded keys are simply absent
      auto vh = v.narrow(1, h * d, d).narrow(0, 0, valid);
      auto weights = torch::softmax(torch::matmul(qh, kh.t()) / std::sqrt(double(d)), 1);
      context.narrow(1, h * d, d).copy_(torch::matmul(weights, vh));
    }
    auto attended = reference_layer_norm(reference_linear(context, p, layer + "attention.output.dense") + x,
                                         p, layer + "attention.output.LayerNorm");
    auto inner = reference_linear(attended, p, layer + "intermediate.dense");
    inner = 0.5 * inner * (1 + torch::erf(inner / std::sqrt(2.0)));
    x = reference_layer_norm(reference_linear(inner, p, layer + "output.dense") + attended, p,
                             layer + "output.LayerNorm");
  }
  return x;
}

TEST(BertModel, MatchesTheFormulasWithPadding) {
  BertModel model = random_model(1);
  model->eval();
  const std::vector<int64_t> a = {2, 7, 8, 9, 3, 0, 0};
  const std::vector<int64_t> b = {2, 11, 12, 13, 14, 15, 3};
  std::vector<int64_t> both(a);
  both.insert(both.end(), b.begin(), b.end());
  auto ids = torch::tensor(both).view({2, 7});
  auto mask = torch::tensor({1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1}).view({2, 7});
  torch::NoGradGuard no_grad;
  auto out = model->forward(ids, mask);
  ASSERT_EQ(out.sizes(), (std::vector<int64_t>{2, 7, 16}));
  CTLITE_EXPECT_TENSOR_NEAR(out[0].narrow(0, 0, 5), reference_forward(*model, a, 5).narrow(0, 0, 5), 1e-5);
  CTLITE_EXPECT_TENSOR_NEAR(out[1], reference_forward(*model, b, 7), 1e-5);
  // Padding never reaches the real tokens: the unpadded sequence gives the same [CLS] state.
  auto alone = model->forward(ids[0].narrow(0, 0, 5).unsqueeze(0), torch::ones({1, 5}));
  CTLITE_EXPECT_TENSOR_NEAR(alone[0][0], out[0][0], 1e-6);
}

TEST(BertModel, RejectsBadInputs) {
  BertModel model = random_model(2);
  EXPECT_THROW(model->forward(torch::full({1, 3}, 50, torch::kInt64), torch::ones({1, 3})),
               std::invalid_argument);
  EXPECT_THROW(model->forward(torch::zeros({1, 21}, torch::kInt64), torch::ones({1, 21})),
               std::invalid_argument);
  EXPECT_THROW(model->forward(torch::zeros({1, 3}, torch::kInt64), torch::ones({1, 4})),
               std::invalid_argument);
}

// The model's weights spelled like a CXR-BERT checkpoint: `bert.` prefix, TF-style LayerNorm
// names, position_ids and pooler present, MLM head beside it.
StateDict checkpoint_like(BertModelImpl& model) {
  StateDict dict;
  for (const auto& item : model.named_parameters()) {
    std::string name = item.key();
    if (name == "embeddings.LayerNorm.weight") name = "embeddings.LayerNorm.gamma";
    if (name == "embeddings.LayerNorm.bias") name = "embeddings.LayerNorm.beta";
    dict.insert("bert." + name, item.value().detach().clone());
  }
  dict.insert("bert.embeddings.position_ids", torch::arange(20).view({1, 20}).to(torch::kFloat32));
  dict.insert("bert.pooler.dense.weight", torch::zeros({16, 16}));
  dict.insert("cls.predictions.bias", torch::zeros({50}));
  return dict;
}

TEST(BertWeights, LoadsAHuggingFaceFolder) {
  BertModel source = random_model(3);
  const auto dir = std::filesystem::path(CTLITE_BINARY_DIR) / "bert_weights_test";
  std::filesystem::create_directories(dir);
  // Hugging Face configs carry many keys this port does not use; they are ignored.
  nlohmann::json config = tiny_config().to_json();
  config["architectures"] = {"CXRBertModel"};
  config["hidden_dropout_prob"] = 0.1;
  std::ofstream(dir / "config.json") << config.dump();
  write_safetensors((dir / "model.safetensors").string(), checkpoint_like(*source));

  BertModel loaded = load_bert_folder(dir.string());
  auto ids = torch::tensor({2, 5, 6, 3}).view({1, 4}).to(torch::kInt64);
  torch::NoGradGuard no_grad;
  EXPECT_TRUE(torch::equal(loaded->forward(ids, torch::ones({1, 4})),
                           source->forward(ids, torch::ones({1, 4}))));
}

TEST(BertWeights, NamesTheMissingOrMisshapenKey) {
  BertModel model = random_model(4);
  StateDict full = checkpoint_like(*model);
  StateDict missing, misshapen, unexpected;
  for (const auto& e : full) {
    if (e.name != "bert.encoder.layer.1.output.dense.bias") missing.insert(e.name, e.tensor);
    misshapen.insert(e.name, e.name == "bert.encoder.layer.0.intermediate.dense.weight"
                                 ? torch::zeros({24, 15}) : e.tensor);
    unexpected.insert(e.name, e.tensor);
  }
  unexpected.insert("bert.encoder.layer.2.output.dense.bias", torch::zeros({16}));
  auto expect_error = [&](const StateDict& dict, const std::string& key) {
    try {
      load_bert_weights(*model, dict, "ckpt.bin");
      FAIL() << "expected an InputError about " << key;
    } catch (const core::InputError& e) {
      EXPECT_EQ(e.path(), "ckpt.bin");
      EXPECT_NE(std::string(e.what()).find(key), std::string::npos) << e.what();
    }
  };
  expect_error(missing, "encoder.layer.1.output.dense.bias");
  expect_error(misshapen, "encoder.layer.0.intermediate.dense.weight");
  expect_error(unexpected, "encoder.layer.2.output.dense.bias");
  BertConfig bad = tiny_config();
  EXPECT_THROW(BertConfig::from_json({{"hidden_act", "relu"}}), std::invalid_argument);
  bad.num_attention_heads = 5;
  EXPECT_THROW(bad.validate(), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
