// SFP: y = Σ_j x_j·A_j over chunks of block_size features, computed as one stacked BTT.

#include <gtest/gtest.h>

#include <cmath>
#include <torch/torch.h>

#include "ai/heads/btt_matmul.h"
#include "ai/heads/sfp_head.h"
#include "tests/ai/heads/golden_tensors.h"

namespace ctlite::ai {
namespace {

int64_t parameter_numel(torch::nn::Module& module) {
  int64_t total = 0;
  for (const auto& p : module.parameters()) total += p.numel();
  return total;
}

HeadConfig tiny_sfp(int64_t rank) {
  // The golden tiny model's pooled feature: 16 token positions × 64 features → 32.
  HeadConfig config{HeadType::Sfp, 1024, 32, rank};
  config.block_size = 64;
  return config;
}

TEST(SfpHead, ParameterCountFormulaEqualsNumel) {
  for (int64_t rank : {1, 3}) {
    SfpHeadImpl head(tiny_sfp(rank));
    // k·r·(block·n0 + b1·d_out) with k = 16, (b0, b1) = factorize(64) = (8, 8), n0 = 4.
    EXPECT_EQ(parameter_numel(head), 16 * rank * (64 * 4 + 8 * 32));
    EXPECT_EQ(parameter_numel(head), head_cost(head.config()).parameters);
  }
  SfpHeadImpl real(HeadConfig{HeadType::Sfp, 294912, 512, 1});
  EXPECT_EQ(parameter_numel(real), 576 * 1 * (512 * 16 + 32 * 512));
  EXPECT_EQ(real.block_count(), 576);
  EXPECT_EQ(real.block_first_core(575).sizes(), (std::vector<int64_t>{32, 16, 16}));
  EXPECT_EQ(real.block_second_core(575).sizes(), (std::vector<int64_t>{16, 32, 32}));
}

TEST(SfpHead, EqualsTheSumOfPerBlockBtts) {
  torch::manual_seed(11);
  SfpHeadImpl head(tiny_sfp(3));
  auto x = torch::randn({5, 1024});
  auto expected = torch::zeros({5, 32});
  for (int64_t j = 0; j < head.block_count(); ++j) {
    // Each block is an ordinary §10 BTT of its own 64 → 32 shape.
    auto block = btt_dense_matrix(head.block_first_core(j), head.block_second_core(j).contiguous(), 3);
    EXPECT_TRUE(torch::equal(block, head.block_matrix(j)));
    expected += torch::matmul(x.narrow(1, j * 64, 64), block);
  }
  CTLITE_EXPECT_TENSOR_NEAR(head.forward(x), expected, 1e-5);  // autograd path
  torch::NoGradGuard no_grad;
  CTLITE_EXPECT_TENSOR_NEAR(head.forward(x), expected, 1e-5);  // fused kernel
  CTLITE_EXPECT_TENSOR_NEAR(head.dense_matrix(), torch::cat(
      [&] {
        std::vector<torch::Tensor> blocks;
        for (int64_t j = 0; j < head.block_count(); ++j) blocks.push_back(head.block_matrix(j));
        return blocks;
      }(), 0), 1e-6);
}

TEST(SfpHead, MupInitUsesTheTrueFanInOfTheSummedBlocks) {
  torch::manual_seed(5);
  SfpHeadImpl head(HeadConfig{HeadType::Sfp, 294912, 512, 2});
  torch::NoGradGuard no_grad;
  // µP (cola_init, §10) draws each core with σ = √(1/fan_in)·min(1, √(fan_out/fan_in)). For
  // unit-variance inputs the first core (16 → r·16) keeps unit variance and the second core's
  // output variance is fan_in·σ² = fan_out/fan_in, so the output RMS is √(n1/(r·k·b1)) =
  // √(32/36864) ≈ 0.029: the spectral-norm scale √(fan_out/fan_in) µP asks of a layer that
  // narrows 294 912 → 512 (a dense µP head gives √(512/294912) ≈ 0.042). Initialising each block
  // on its own fan-in r·b1 = 64 instead would give 576 blocks of RMS √(32/64) summed,
  // √576·0.71 ≈ 17: that is the mistake this guards against.
  const BttShape& shape = head.shape();
  const double expected = std::sqrt(static_cast<double>(shape.n1) / static_cast<double>(shape.rank * shape.m1));
  const double rms = head.forward(torch::randn({4, 294912})).square().mean().sqrt().item<double>();
  EXPECT_NEAR(rms / expected, 1.0, 0.1);
}

TEST(SfpHead, RejectsAnInputThatIsNotWholeBlocks) {
  EXPECT_THROW(SfpHeadImpl(HeadConfig{HeadType::Sfp, 1000, 32, 1, 64}), std::invalid_argument);
  SfpHeadImpl head(tiny_sfp(1));
  EXPECT_THROW(head.forward(torch::randn({1, 1000})), std::invalid_argument);
  EXPECT_THROW(head.block_matrix(16), std::out_of_range);
}

}  // namespace
}  // namespace ctlite::ai
