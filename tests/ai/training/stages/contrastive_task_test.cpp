// ContrastiveTask's --standardize-features: the pooled feature is standardised before the dense
// head in training, and the bundle holds a plain dense head (with bias) that scores the same.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <functional>

#include "ai/io/module_weights.h"
#include "ai/training/stages/contrastive_task.h"
#include "tests/ai/training/tiny_towers.h"

namespace ctlite::ai {
namespace {

// Bag of hashed words → embedding mean: a real, trainable text tower in a few lines.
struct TinyTextModule : torch::nn::Module {
  explicit TinyTextModule(std::int64_t width) {
    embedding = register_module("embedding", torch::nn::Embedding(64, width));
  }
  torch::nn::Embedding embedding{nullptr};
};

class TinyTextEncoder : public TextEncoder {
 public:
  TinyTextEncoder() : module_(std::make_shared<TinyTextModule>(kWidth)) {}
  torch::Tensor encode(const std::vector<std::string>& texts) override {
    std::vector<torch::Tensor> rows;
    for (const auto& text : texts) {
      const auto id = static_cast<std::int64_t>(std::hash<std::string>{}(text) % 64);
      rows.push_back(module_->embedding(torch::tensor({id})).squeeze(0));
    }
    return torch::stack(rows);
  }
  torch::nn::Module& module() override { return *module_; }
  StateDict state_dict() override {
    StateDict out;
    add_module_tensors(*module_, "", out);
    return out;
  }
  void load_state_dict(const StateDict& weights) override {
    load_module_tensors(*module_, weights, "test module", "test");
  }
  std::int64_t width() const override { return kWidth; }

 private:
  static constexpr std::int64_t kWidth = 8;
  std::shared_ptr<TinyTextModule> module_;
};

constexpr std::int64_t kDim = 4, kPatch = 2;

std::unique_ptr<ContrastiveTask> make_task(bool standardize, bool head_bias) {
  auto visual = std::make_shared<testing::TinyVolumeEncoder>(kDim, kPatch, std::array<std::int64_t, 3>{2, 2, 2});
  HeadConfig head;
  head.type = HeadType::Dense;
  head.input_size = visual->pooled_feature_size();
  head.output_size = 6;
  head.bias = head_bias;
  ContrastiveTaskOptions options;
  options.standardize_features = standardize;
  options.logit_bias_init = siglip_prior_bias(4);
  return std::make_unique<ContrastiveTask>(visual, make_projection_head(head),
                                           std::make_shared<TinyTextEncoder>(), options);
}

// Volumes sharing a large common pattern (the phantoms' anatomy) plus a small individual part.
Batch shared_pattern_batch() {
  torch::manual_seed(7);
  Batch batch;
  batch.ids = {"a", "b", "c", "d"};
  batch.texts = {"one", "two", "three", "four"};
  const torch::Tensor common = torch::randn({1, 1, 4, 4, 4});
  batch.tensors["volume"] = common + 0.1 * torch::randn({4, 1, 4, 4, 4});
  return batch;
}

TEST(ContrastiveTaskStandardizedFeatures, BundleWeightsScoreLikeTheTrainedTask) {
  auto trained = make_task(true, true);
  const Batch batch = shared_pattern_batch();
  for (int i = 0; i < 3; ++i) trained->compute_loss(batch);  // moves the running statistics
  const torch::Tensor expected = trained->image_latents(batch.tensors.at("volume"));

  // The bundle's weights load into a plain dense head with bias: no normalisation entries.
  const StateDict bundle = trained->bundle_state_dict();
  for (const auto& e : bundle) EXPECT_NE(e.name.rfind("feature_norm.", 0), 0u) << e.name;
  auto plain = make_task(false, true);
  plain->load_state_dict(bundle);
  EXPECT_TRUE(torch::allclose(plain->image_latents(batch.tensors.at("volume")), expected, 1e-4, 1e-5));
}

TEST(ContrastiveTaskStandardizedFeatures, CheckpointStateKeepsTheRunningStatistics) {
  auto trained = make_task(true, true);
  const Batch batch = shared_pattern_batch();
  trained->compute_loss(batch);
  const StateDict state = trained->state_dict();
  ASSERT_TRUE(state.contains("feature_norm.running_mean"));
  EXPECT_GT(state.at("feature_norm.running_mean").abs().max().item<float>(), 0.0f);
  auto resumed = make_task(true, true);
  resumed->load_state_dict(state);
  const torch::Tensor video = batch.tensors.at("volume");
  EXPECT_TRUE(torch::allclose(resumed->image_latents(video), trained->image_latents(video)));
}

TEST(ContrastiveTaskStandardizedFeatures, NeedsADenseHeadWithABias) {
  EXPECT_THROW(make_task(true, false), std::invalid_argument);
  EXPECT_NO_THROW(make_task(false, false));
}

}  // namespace
}  // namespace ctlite::ai
