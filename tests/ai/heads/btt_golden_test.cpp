// Parity of the BTT product with the authors' kernel (golden/btt_small, btt_head; ≤ 1e-5) through
// both evaluation paths: the fused inference kernel and the differentiable batched GEMMs.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "ai/heads/btt_head.h"
#include "ai/heads/btt_matmul.h"
#include "tests/ai/heads/golden_tensors.h"

namespace ctlite::ai {
namespace {

using testing::golden;

class BttGolden : public ::testing::TestWithParam<std::pair<const char*, int64_t>> {};

TEST_P(BttGolden, FusedKernelMatchesTheAuthorsKernel) {
  const auto& g = golden(GetParam().first);
  torch::NoGradGuard no_grad;
  CTLITE_EXPECT_TENSOR_NEAR(btt_matmul(g.at("x"), g.at("W1"), g.at("W2"), GetParam().second),
                            g.at("y"), 1e-5);
}

TEST_P(BttGolden, AutogradPathMatchesTheAuthorsKernel) {
  const auto& g = golden(GetParam().first);
  auto x = g.at("x").clone().requires_grad_(true);
  auto y = btt_matmul(x, g.at("W1"), g.at("W2"), GetParam().second);
  CTLITE_EXPECT_TENSOR_NEAR(y, g.at("y"), 1e-5);
  // d(sum y)/dx = A·1: the gradient flows through the same cores.
  y.sum().backward();
  CTLITE_EXPECT_TENSOR_NEAR(x.grad()[0], g.at("dense_A").sum(1), 1e-5);
}

TEST_P(BttGolden, DenseMatrixMatches) {
  const auto& g = golden(GetParam().first);
  CTLITE_EXPECT_TENSOR_NEAR(btt_dense_matrix(g.at("W1"), g.at("W2"), GetParam().second),
                            g.at("dense_A"), 1e-5);
}

TEST_P(BttGolden, HeadWithBiasMatches) {
  const auto& g = golden(GetParam().first);
  const int64_t rank = GetParam().second;
  HeadConfig config{HeadType::Btt, g.at("x").size(1), g.at("y").size(1), rank};
  config.bias = true;
  BttHeadImpl head(config);
  {
    torch::NoGradGuard no_grad;
    head.first_core().copy_(g.at("W1"));
    head.second_core().copy_(g.at("W2"));
    head.named_parameters()["bias"].copy_(g.at("bias"));
  }
  CTLITE_EXPECT_TENSOR_NEAR(head.forward(g.at("x")), g.at("y_plus_bias"), 1e-5);
  torch::NoGradGuard no_grad;
  CTLITE_EXPECT_TENSOR_NEAR(head.forward(g.at("x")), g.at("y_plus_bias"), 1e-5);
}

INSTANTIATE_TEST_SUITE_P(Files, BttGolden,
                         ::testing::Values(std::make_pair("btt_small.safetensors", int64_t{2}),
                                           std::make_pair("btt_head.safetensors", int64_t{4})));

TEST(BttMatmul, FusedAndGenericPathsAgreeOnAnyBatchShape) {
  torch::manual_seed(3);
  const BttShape shape{3, 10, 5, 4, 3};  // not a factorize() shape on purpose
  auto first = torch::randn({shape.m1, shape.m0, shape.rank * shape.n0});
  auto second = torch::randn({shape.n0, shape.rank * shape.m1, shape.n1});
  auto x = torch::randn({2, 3, shape.input_size()});
  auto generic = btt_matmul(x, first.requires_grad_(true), second, shape.rank);
  torch::NoGradGuard no_grad;
  auto fused = btt_matmul(x, first, second, shape.rank);
  ASSERT_EQ(fused.sizes(), (std::vector<int64_t>{2, 3, shape.output_size()}));
  CTLITE_EXPECT_TENSOR_NEAR(fused, generic, 1e-6);
  CTLITE_EXPECT_TENSOR_NEAR(fused, torch::matmul(x, btt_dense_matrix(first, second, shape.rank)),
                            1e-5);
}

TEST(BttMatmul, RejectsInconsistentCoresAndInputs) {
  auto first = torch::randn({6, 4, 4});
  auto second = torch::randn({2, 12, 6});
  EXPECT_THROW(btt_matmul(torch::randn({1, 23}), first, second, 2), std::invalid_argument);
  EXPECT_THROW(btt_matmul(torch::randn({1, 24}), first, torch::randn({2, 10, 6}), 2),
               std::invalid_argument);
  EXPECT_THROW(btt_matmul(torch::randn({1, 24}), first, second, 3), std::invalid_argument);
  EXPECT_THROW(btt_matmul(torch::randn({1, 24}), first.view({24, 4}), second, 2),
               std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
