#include "ai/training/mup_parameter_groups.h"

#include <gtest/gtest.h>

namespace ctlite::ai {
namespace {

TEST(MupParameterGroups, LearningRateScalesWithBaseOverFanIn) {
  const std::vector<NamedParameter> parameters = {
      {"embed.weight", torch::zeros({64, 4000})},   // fan-in 4000
      {"embed.bias", torch::zeros({64})},           // vector-like: lr_base
      {"attn.q.weight", torch::zeros({256, 512})},  // fan-in 512 = base
      {"peg.weight", torch::zeros({512, 1, 3, 3, 3})},  // depthwise conv: fan-in 27
      {"norm.gamma", torch::zeros({512})},
      {"btt.W1", torch::zeros({12, 384, 8})},       // BTT core: fan-in is the middle dim
  };
  MupOptions options;
  options.base_fan_in = 512;
  options.weight_decay = 0.1;
  options.fan_in_override = [](const std::string& name, const torch::Tensor& t)
      -> std::optional<std::int64_t> {
    if (name == "btt.W1") return t.size(1);
    return std::nullopt;
  };
  const auto groups = mup_parameter_groups(parameters, options);
  std::map<std::string, std::pair<double, double>> by_name;
  for (const auto& g : groups)
    for (const auto& n : g.names) by_name[n] = {g.lr_multiplier, g.weight_decay};
  EXPECT_DOUBLE_EQ(by_name["embed.weight"].first, 512.0 / 4000.0);
  EXPECT_DOUBLE_EQ(by_name["embed.bias"].first, 1.0);
  EXPECT_DOUBLE_EQ(by_name["attn.q.weight"].first, 1.0);
  EXPECT_DOUBLE_EQ(by_name["peg.weight"].first, 512.0 / 27.0);
  EXPECT_DOUBLE_EQ(by_name["btt.W1"].first, 512.0 / 384.0);
  EXPECT_DOUBLE_EQ(by_name["embed.weight"].second, 0.1);
  EXPECT_DOUBLE_EQ(by_name["norm.gamma"].second, 0.0);  // no decay on gains and biases
  // Equal (multiplier, decay) share a group: q.weight shares nothing with the vectors (decay).
  EXPECT_EQ(groups.size(), 5u);

  options.enabled = false;
  for (const auto& g : mup_parameter_groups(parameters, options)) EXPECT_EQ(g.lr_multiplier, 1.0);
}

TEST(MupParameterGroups, AdamWGroupsCarryTheScaledRates) {
  auto a = torch::zeros({8, 1024}, torch::requires_grad());
  auto b = torch::zeros({8}, torch::requires_grad());
  MupOptions options;
  options.base_fan_in = 512;
  const auto groups = mup_parameter_groups({{"a", a}, {"b", b}}, options);
  auto adam = make_adamw(groups, 1e-3);
  ASSERT_EQ(adam->param_groups().size(), 2u);
  EXPECT_DOUBLE_EQ(adam->param_groups()[0].options().get_lr(), 0.5e-3);
  EXPECT_DOUBLE_EQ(adam->param_groups()[1].options().get_lr(), 1e-3);
}

}  // namespace
}  // namespace ctlite::ai
