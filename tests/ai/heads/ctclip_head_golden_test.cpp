// CT-CLIP's dense `to_visual_latent` on the golden pooled features, and BTT/SFP heads initialised
// from it: at full rank they are the same matrix, so they reproduce CT-CLIP's image latents.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "ai/heads/projection_head.h"
#include "tests/ai/heads/golden_tensors.h"

namespace ctlite::ai {
namespace {

using testing::golden;

torch::Tensor unit_rows(const torch::Tensor& x) {
  return torch::nn::functional::normalize(x, torch::nn::functional::NormalizeFuncOptions().dim(-1));
}

TEST(CtClipHead, EveryHeadTypeReproducesTheGoldenImageLatents) {
  const auto& io = golden("tiny_ctvit_io.safetensors");
  const auto& weights = golden("tiny_ctvit_clip_head.safetensors");
  const torch::Tensor& dense_weight = weights.at("to_visual_latent.weight");  // (32, 1024)
  // The pooled feature is 4 × 4 token positions of 64 features; SFP blocks are one position each.
  // Full rank: dense exactly; SFP sub-blocks 8 × 8 (rank 8); global BTT sub-blocks 32 × 8 (rank 8).
  for (const HeadConfig& config : {HeadConfig{HeadType::Dense, 1024, 32},
                                   HeadConfig{HeadType::Sfp, 1024, 32, 8, 64},
                                   HeadConfig{HeadType::Btt, 1024, 32, 8}}) {
    auto head = make_projection_head(config);
    EXPECT_LT(head->initialize_from_linear_weight(dense_weight), 1e-6) << head_type_name(config.type);
    torch::NoGradGuard no_grad;
    CTLITE_EXPECT_TENSOR_NEAR(unit_rows(head->forward(io.at("pooled_flat"))), io.at("image_latents"), 1e-5);
  }
}

}  // namespace
}  // namespace ctlite::ai
