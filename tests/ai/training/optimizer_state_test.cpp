#include "ai/training/optimizer_state.h"

#include <gtest/gtest.h>

#include "ai/io/safetensors.h"

namespace ctlite::ai {
namespace {

struct AdamFixture {
  torch::Tensor w = torch::randn({3, 5}).requires_grad_(true);
  torch::Tensor b = torch::randn({3}).requires_grad_(true);
  std::vector<ParameterGroup> groups;
  std::unique_ptr<torch::optim::AdamW> adam;
  AdamFixture() {
    MupOptions options;
    options.base_fan_in = 5;
    groups = mup_parameter_groups({{"w", w}, {"b", b}}, options);
    adam = make_adamw(groups, 0.01);
  }
  void step(const torch::Tensor& x) {
    adam->zero_grad();
    (torch::matmul(w, x) + b).pow(2).sum().backward();
    adam->step();
  }
};

TEST(OptimizerState, RoundTripThroughSafetensorsContinuesIdentically) {
  torch::manual_seed(0);
  AdamFixture a;
  AdamFixture b;
  {
    torch::NoGradGuard no_grad;
    b.w.copy_(a.w);
    b.b.copy_(a.b);
  }
  const auto x = torch::randn({5});
  for (int i = 0; i < 3; ++i) a.step(x);
  // Carry a's parameters and moments into b through the file format.
  {
    torch::NoGradGuard no_grad;
    b.w.copy_(a.w);
    b.b.copy_(a.b);
  }
  const auto bytes = serialize_safetensors(save_adamw_state(*a.adam, a.groups));
  const auto parsed = parse_safetensors(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                        bytes.size());
  EXPECT_EQ(parsed.tensors.at("w/step").item<std::int64_t>(), 3);
  load_adamw_state(*b.adam, b.groups, parsed.tensors);
  a.step(x);
  b.step(x);
  EXPECT_TRUE(torch::equal(a.w, b.w));
  EXPECT_TRUE(torch::equal(a.b, b.b));
}

TEST(OptimizerState, ForeignStateIsRejected) {
  AdamFixture a;
  StateDict foreign;
  foreign.insert("other/exp_avg", torch::zeros({3}));
  foreign.insert("other/exp_avg_sq", torch::zeros({3}));
  foreign.insert("other/step", torch::tensor(int64_t{1}));
  EXPECT_THROW(load_adamw_state(*a.adam, a.groups, foreign), std::invalid_argument);
  StateDict wrong_shape;
  wrong_shape.insert("w/exp_avg", torch::zeros({2}));
  wrong_shape.insert("w/exp_avg_sq", torch::zeros({2}));
  wrong_shape.insert("w/step", torch::tensor(int64_t{1}));
  EXPECT_THROW(load_adamw_state(*a.adam, a.groups, wrong_shape), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
