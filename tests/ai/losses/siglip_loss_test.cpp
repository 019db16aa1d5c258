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

}  // namespace
}  // namespace ctlite::ai
