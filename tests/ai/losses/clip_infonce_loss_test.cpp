// CT-CLIP's InfoNCE loss against the golden value computed by the original code.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

#include "ai/losses/clip_infonce_loss.h"
#include "tests/ai/heads/golden_tensors.h"

namespace ctlite::ai {
namespace {

TEST(ClipInfoNceLoss, MatchesTheReference) {
  const auto& io = testing::golden("tiny_ctvit_io.safetensors");
  // The golden loss pairs texts 0..1 with images 0..1.
  auto loss = clip_infonce_loss(io.at("text_latents").narrow(0, 0, 2),
                                io.at("image_latents").narrow(0, 0, 2), io.at("temperature"));
  CTLITE_EXPECT_TENSOR_NEAR(loss, io.at("clip_infonce_loss"), 1e-5);
}

TEST(ClipInfoNceLoss, IsLogBatchForIdenticalLatents) {
  auto latents = torch::nn::functional::normalize(torch::ones({3, 8}));
  auto loss = clip_infonce_loss(latents, latents, torch::zeros({}));
  EXPECT_NEAR(loss.item<double>(), std::log(3.0), 1e-6);
  EXPECT_THROW(clip_infonce_loss(latents, latents.narrow(0, 0, 2), torch::zeros({})),
               std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
