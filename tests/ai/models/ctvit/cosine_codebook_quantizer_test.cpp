// The codebook's opt-in training-mode EMA (vector-quantize-pytorch's CosineSimCodebook, decay
// 0.8): used codes move towards the unit mean of their unit tokens; unused ones, eval mode and
// a quantiser not asked to follow leave the codebook alone; the forward value is the codes from
// before the step.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "ai/models/ctvit/cosine_codebook_quantizer.h"

namespace ctlite::ai {
namespace {

CosineCodebookQuantizer three_codes() {
  CosineCodebookQuantizer vq(3, 2);
  torch::NoGradGuard no_grad;
  vq->codebook->embed.copy_(torch::tensor({{{2.0f, 0.0f}, {0.0f, 3.0f}, {-1.0f, -1.0f}}}));
  vq->follow_tokens_in_training(true);
  return vq;
}

// Two tokens near code 0 (+x), one near code 1 (+y), none near code 2.
torch::Tensor tokens() { return torch::tensor({{{4.0f, 1.0f}, {1.0f, -0.5f}, {0.2f, 5.0f}}}); }

TEST(CosineCodebookQuantizer, EvalModeLeavesTheCodebookAlone) {
  CosineCodebookQuantizer vq = three_codes();
  vq->eval();
  const torch::Tensor before = vq->codebook->embed.clone();
  const auto result = vq->forward(tokens());
  EXPECT_TRUE(torch::equal(result.indices, torch::tensor({{0, 0, 1}}, torch::kInt64)));
  EXPECT_TRUE(torch::equal(vq->codebook->embed, before));
}

TEST(CosineCodebookQuantizer, TrainingLeavesTheCodebookAloneUnlessAsked) {
  CosineCodebookQuantizer vq(16, 4);
  vq->train();
  const torch::Tensor before = vq->codebook->embed.clone();
  vq->forward(torch::randn({2, 5, 4}));
  EXPECT_TRUE(torch::equal(vq->codebook->embed, before));
}

TEST(CosineCodebookQuantizer, TrainingMovesUsedCodesTowardsTheirUnitTokenMean) {
  CosineCodebookQuantizer vq = three_codes();
  vq->train();
  const torch::Tensor before = vq->codebook->embed[0].clone();
  const auto result = vq->forward(tokens());

  // The step's forward value is the codes before the update (straight-through in value).
  EXPECT_TRUE(torch::allclose(result.quantized[0][0], before[0]));
  EXPECT_TRUE(torch::allclose(result.quantized[0][2], before[1]));

  const auto unit = [](const torch::Tensor& v) { return v / v.norm(); };
  const torch::Tensor t = tokens()[0];
  const torch::Tensor target0 = unit((unit(t[0]) + unit(t[1])) / 2);
  const torch::Tensor target1 = unit(t[2]);
  const torch::Tensor after = vq->codebook->embed[0];
  EXPECT_TRUE(torch::allclose(after[0], 0.8 * before[0] + 0.2 * target0, 1e-6, 1e-6)) << after[0];
  EXPECT_TRUE(torch::allclose(after[1], 0.8 * before[1] + 0.2 * target1, 1e-6, 1e-6)) << after[1];
  EXPECT_TRUE(torch::equal(after[2], before[2]));  // unused
}

TEST(CosineCodebookQuantizer, RepeatedTrainingStepsConvergeOnAStableCluster) {
  CosineCodebookQuantizer vq = three_codes();
  vq->train();
  for (int step = 0; step < 60; ++step) vq->forward(tokens());
  const torch::Tensor code = vq->codebook->embed[0][1];
  const torch::Tensor expected = tokens()[0][2] / tokens()[0][2].norm();
  EXPECT_TRUE(torch::allclose(code, expected, 1e-4, 1e-4)) << code;
}

}  // namespace
}  // namespace ctlite::ai
