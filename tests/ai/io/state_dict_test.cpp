// StateDict::on_cpu: what every stage writes its weight files from.

#include "ai/io/state_dict.h"

#include <gtest/gtest.h>

namespace ctlite::ai {
namespace {

TEST(StateDict, OnCpuPrefixesNamesAndGivesContiguousDetachedCopies) {
  StateDict weights;
  weights.insert("a.weight", torch::arange(6, torch::kFloat32).view({2, 3}).t());  // strided view
  weights.insert("b.bias", torch::ones({3}, torch::requires_grad()));
  const StateDict written = weights.on_cpu("visual.");
  EXPECT_EQ(written.names(), (std::vector<std::string>{"visual.a.weight", "visual.b.bias"}));
  for (const auto& entry : written) {
    EXPECT_TRUE(entry.tensor.is_contiguous()) << entry.name;
    EXPECT_FALSE(entry.tensor.requires_grad()) << entry.name;
    EXPECT_EQ(entry.tensor.device().type(), torch::kCPU) << entry.name;
  }
  EXPECT_TRUE(torch::equal(written.at("visual.a.weight"), weights.at("a.weight")));
  EXPECT_EQ(weights.on_cpu().names(), weights.names());
}

}  // namespace
}  // namespace ctlite::ai
