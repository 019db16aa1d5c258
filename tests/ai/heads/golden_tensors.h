#pragma once
// Golden-file access and tensor comparisons shared by the heads, losses and scoring tests.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <map>
#include <string>

#include "ai/io/safetensors.h"

namespace ctlite::ai::testing {

inline std::string golden_path(const std::string& file) {
  return std::string(CTLITE_SHARED_DIR) + "/reference/golden/" + file;
}

// Each golden file is read once per test binary.
inline const StateDict& golden(const std::string& file) {
  static std::map<std::string, StateDict> cache;
  auto it = cache.find(file);
  if (it == cache.end()) it = cache.emplace(file, read_safetensors(golden_path(file)).tensors).first;
  return it->second;
}

// max|actual − expected| / max|expected|, in float64.
inline double relative_error(const torch::Tensor& actual, const torch::Tensor& expected) {
  const auto a = actual.detach().to(torch::kCPU, torch::kFloat64);
  const auto e = expected.detach().to(torch::kCPU, torch::kFloat64);
  const double scale = e.abs().max().item<double>();
  return (a - e).abs().max().item<double>() / (scale > 0 ? scale : 1.0);
}

#define CTLITE_EXPECT_TENSOR_NEAR(actual, expected, tolerance)                        \
  do {                                                                                \
    const torch::Tensor ctlite_a = (actual), ctlite_e = (expected);                    \
    ASSERT_EQ(ctlite_a.sizes(), ctlite_e.sizes()) << #actual;                          \
    EXPECT_LE(::ctlite::ai::testing::relative_error(ctlite_a, ctlite_e), (tolerance)) \
        << #actual << " vs " << #expected;                                            \
  } while (false)

}  // namespace ctlite::ai::testing
