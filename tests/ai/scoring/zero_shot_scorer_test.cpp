#include "ai/scoring/zero_shot_scorer.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <string>

#include "ai/io/safetensors.h"
#include "core/dataset/abnormality_names.h"
#include "ai/scoring/zero_shot_prompts.h"

namespace ctlite::ai {
namespace {

const std::string kGolden = std::string(CTLITE_SHARED_DIR) + "/reference/golden/";

// max |a − b| / max |b|: relative to the tensor's scale, so near-zero entries of latents do not
// blow the ratio up.
double relative_error(const torch::Tensor& ours, const torch::Tensor& golden) {
  EXPECT_EQ(ours.sizes(), golden.sizes());
  const auto a = ours.to(torch::kFloat64);
  const auto b = golden.to(torch::kFloat64);
  return ((a - b).abs().max() / b.abs().max()).item<double>();
}

TEST(ZeroShotScorer, ReproducesCtClipGoldenLatentsLogitsAndProbabilities) {
  const StateDict io = read_safetensors(kGolden + "tiny_ctvit_io.safetensors").tensors;
  const StateDict head = read_safetensors(kGolden + "tiny_ctvit_clip_head.safetensors").tensors;
  // The projections are plain bias-free Linears (§3.7); ai/heads owns them in the product.
  const auto text_latents = l2_normalize_latent(io.at("text_cls").matmul(head.at("to_text_latent.weight").t()));
  const auto image_latents =
      l2_normalize_latent(io.at("pooled_flat").matmul(head.at("to_visual_latent.weight").t()));
  EXPECT_LE(relative_error(text_latents, io.at("text_latents")), 1e-5);
  EXPECT_LE(relative_error(image_latents, io.at("image_latents")), 1e-5);

  const double temperature = head.at("temperature").item<double>();
  EXPECT_NEAR(temperature, io.at("temperature").item<double>(), 1e-7);
  // Golden text rows are 3 pathologies × (present, not present): the zero_shot_prompts layout.
  const ZeroShotScores scores = score_zero_shot(text_latents, image_latents, temperature);
  EXPECT_LE(relative_error(scores.logits, io.at("zs_logits")), 1e-5);
  EXPECT_LE(relative_error(scores.probabilities, io.at("zs_probs")), 1e-5);
  EXPECT_LE(relative_error(scores.present_probability, io.at("zs_present_prob")), 1e-5);

  // The similarity difference is the same evidence without temperature or saturation.
  const auto sigmoid_of_difference = (scores.similarity_difference * std::exp(temperature)).sigmoid();
  EXPECT_LE(relative_error(sigmoid_of_difference, io.at("zs_present_prob")), 1e-5);
}

TEST(ZeroShotScorer, NormalizationKeepsZeroRowsFinite) {
  const auto latent = l2_normalize_latent(torch::tensor({{3.0, 4.0}, {0.0, 0.0}}));
  EXPECT_TRUE(torch::allclose(latent, torch::tensor({{0.6, 0.8}, {0.0, 0.0}})));
}

TEST(ZeroShotScorer, RejectsMismatchedShapes) {
  const auto image = torch::ones({1, 4});
  EXPECT_THROW(score_zero_shot(torch::ones({3, 4}), image, 1.0), std::invalid_argument);
  EXPECT_THROW(score_zero_shot(torch::ones({2, 5}), image, 1.0), std::invalid_argument);
  EXPECT_THROW(score_zero_shot(torch::ones({2, 4}), torch::ones({4}), 1.0), std::invalid_argument);
}

TEST(ZeroShotPrompts, UseTheCtRateNamesAndZeroShotScriptWording) {
  ASSERT_EQ(core::kAbnormalityNames.size(), 18u);
  EXPECT_EQ(core::kAbnormalityNames.front(), "Medical material");
  EXPECT_EQ(core::kAbnormalityNames[1], "Arterial wall calcification");
  EXPECT_EQ(core::kAbnormalityNames.back(), "Interlobular septal thickening");
  const auto prompts = zero_shot_prompts(ct_rate_finding_names());
  ASSERT_EQ(prompts.size(), 36u);
  EXPECT_EQ(prompts[4], "Cardiomegaly is present.");
  EXPECT_EQ(prompts[5], "Cardiomegaly is not present.");
}

}  // namespace
}  // namespace ctlite::ai
