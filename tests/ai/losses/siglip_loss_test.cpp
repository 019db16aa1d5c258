// SigLIP loss parity with golden/siglip (both parameter sets).

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

#include "ai/losses/siglip_loss.h"
#include "tests/ai/heads/golden_tensors.h"

namespace ctlite::ai {
namespace {

using testing::golden;

TEST(SigLipLoss, NormalisesWithThePlusEpsilonRule) {
  const auto& g = golden("siglip.safetensors");
  CTLITE_EXPECT_TENSOR_NEAR(siglip_normalize(g.at("zimg_raw")), g.at("zimg"), 1e-6);
  CTLITE_EXPECT_TENSOR_NEAR(siglip_normalize(g.at("ztxt_raw")), g.at("ztxt"), 1e-6);
}

class SigLipGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(SigLipGolden, LogitsAndLossMatch) {
  const auto& g = golden("siglip.safetensors");
  const std::string c = GetParam();
  SigLipLossOptions options;
  options.log_temperature_init = g.at("t_prime_" + c).item<double>();
  options.bias_init = g.at("bias_" + c).item<double>();
  SigLipLoss loss(options);
  auto logits = siglip_logits(g.at("zimg"), g.at("ztxt"), loss->log_temperature(), loss->bias());
  CTLITE_EXPECT_TENSOR_NEAR(logits, g.at("logits_" + c), 1e-5);
  CTLITE_EXPECT_TENSOR_NEAR(siglip_loss_from_logits(logits), g.at("loss_" + c), 1e-5);
  auto value = loss->forward(g.at("zimg_raw"), g.at("ztxt_raw"));
  CTLITE_EXPECT_TENSOR_NEAR(value, g.at("loss_" + c), 1e-5);
  value.backward();
  EXPECT_TRUE(loss->log_temperature().grad().defined());
  EXPECT_NE(loss->bias().grad().item<double>(), 0.0);
}

INSTANTIATE_TEST_SUITE_P(Cases, SigLipGolden, ::testing::Values("init", "alt"));

TEST(SigLipLoss, DefaultsAreTheRecommendedInit) {
  SigLipLoss loss;
  EXPECT_NEAR(loss->log_temperature().item<double>(), std::log(10.0), 1e-6);
  EXPECT_EQ(loss->bias().item<double>(), -10.0);
  // B = 1 with a perfectly matching pair: −log σ(10 − 10) = log 2.
  auto z = torch::ones({1, 4});
  EXPECT_NEAR(loss->forward(z, z).item<double>(), std::log(2.0), 1e-6);
  EXPECT_THROW(loss->forward(torch::ones({2, 4}), torch::ones({3, 4})), std::invalid_argument);
}

TEST(SigLipLoss, ExplicitDiagonalSignsEqualTheDefault) {
  const auto logits = torch::tensor({{1.0f, -2.0f, 0.5f}, {0.3f, 2.0f, -1.0f}, {-0.7f, 0.1f, 1.5f}});
  const auto diagonal = 2 * torch::eye(3) - 1;
  CTLITE_EXPECT_TENSOR_NEAR(siglip_loss_from_logits(logits, diagonal), siglip_loss_from_logits(logits), 1e-7);
  // Declaring pair (0, 2) a match swaps its term from −log σ(−0.5) to −log σ(0.5).
  auto signs = diagonal.clone();
  signs[0][2] = 1.0f;
  const double expected = siglip_loss_from_logits(logits).item<double>() +
                          (std::log1p(std::exp(-0.5)) - std::log1p(std::exp(0.5))) / 3.0;
  EXPECT_NEAR(siglip_loss_from_logits(logits, signs).item<double>(), expected, 1e-6);
  EXPECT_THROW(siglip_loss_from_logits(logits, torch::ones({2, 2})), std::invalid_argument);
}

// Regression (demo teacher at chance): with batch 8 and the paper's b = −10 the towers made all
// embeddings alike to make up for the bias. At b = −log(B − 1) an untrained model with unrelated
// embeddings is already at the optimum in b: the bias gradient vanishes.
TEST(SigLipLoss, PriorBiasLeavesNoBiasGradientForUnrelatedEmbeddings) {
  EXPECT_NEAR(siglip_prior_bias(8), -std::log(7.0), 1e-12);
  EXPECT_NEAR(siglip_prior_bias(32768), -10.397, 1e-3);  // the paper's −10 for its batches
  EXPECT_THROW(siglip_prior_bias(1), std::invalid_argument);
  SigLipLossOptions options;
  options.bias_init = siglip_prior_bias(8);
  SigLipLoss loss(options);
  // Every image orthogonal to every text: all similarities 0, the model knows nothing yet.
  const auto basis = torch::eye(16);
  const auto images = basis.slice(0, 0, 8), texts = basis.slice(0, 8, 16);
  loss->forward(images, texts).backward();
  EXPECT_NEAR(loss->bias().grad().item<double>(), 0.0, 1e-6);
  SigLipLoss paper;
  paper->forward(images, texts).backward();
  EXPECT_LT(paper->bias().grad().item<double>(), -0.9);  // −10 is far from this batch's prior
}

}  // namespace
}  // namespace ctlite::ai
