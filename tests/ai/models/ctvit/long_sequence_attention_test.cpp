// The in-place inference path against the straightforward one on sequences longer than the
// fused short-sequence kernel takes (kShortSequenceMaxLength), in BOTH stages: the golden tiny
// model (16 spatial and 3 temporal tokens) only reaches the fused kernel, while CT-CLIP's
// spatial frames (576 tokens) take the strided batched-GEMM path checked here.

#include <gtest/gtest.h>

#include "ai/models/ctvit/ctvit.h"
#include "ai/models/ctvit/short_sequence_attention_cpu.h"

namespace ctlite::ai {
namespace {

double relative_error(const torch::Tensor& actual, const torch::Tensor& expected) {
  const torch::Tensor e = expected.to(torch::kFloat64);
  return (actual.to(torch::kFloat64) - e).abs().max().item<double>() /
         e.abs().max().item<double>();
}

TEST(CtVitLongSequences, InPlacePathMatchesStraightforwardPath) {
  CtVitConfig config;
  config.dim = 32;
  config.codebook_size = 64;
  config.image_size = 180;  // 9 × 9 = 81 spatial tokens
  config.temporal_patch_size = 1;
  config.spatial_depth = config.temporal_depth = 1;
  config.dim_head = 8;
  config.heads = 2;
  torch::manual_seed(7);
  CtVit model(config);
  model->eval();
  // 70 slabs of one slice: temporal sequences of 70 tokens.
  const torch::Tensor video = torch::rand({1, 1, 70, 180, 180}) * 2 - 1;
  ASSERT_GT(model->token_grid(video.sizes()).tokens_per_frame(), kShortSequenceMaxLength);
  ASSERT_GT(model->token_grid(video.sizes()).frames, kShortSequenceMaxLength);

  torch::InferenceMode inference;
  CtVitForwardOptions straightforward, in_place;
  straightforward.attention = straightforward.branch_outputs = true;
  in_place.attention = true;
  const CtVitOutputs expected = model->forward(video, straightforward);
  const CtVitOutputs actual = model->forward(video, in_place);
  EXPECT_LE(relative_error(actual.encoded, expected.encoded), 1e-5);
  for (StageTrace CtVitOutputs::*stage : {&CtVitOutputs::spatial, &CtVitOutputs::temporal}) {
    ASSERT_EQ((actual.*stage).attention.size(), 1u);
    EXPECT_LE(relative_error((actual.*stage).attention[0], (expected.*stage).attention[0]), 1e-5);
  }
}

}  // namespace
}  // namespace ctlite::ai
