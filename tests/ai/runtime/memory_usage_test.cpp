// The memory figures of the engine's step events: a real resident set, and on a CPU device no
// CUDA figures at all (the GUI then says "n/a (CPU run)" instead of showing a zero).
#include "ai/runtime/memory_usage.h"

#include <gtest/gtest.h>

#include <vector>

namespace ctlite::ai {
namespace {

TEST(MemoryUsage, CpuRunReportsResidentSetAndNoCudaFigures) {
  const MemoryUsage before = measure_memory_usage("cpu");
  EXPECT_GT(before.resident_bytes, 1 << 20);  // any process linking LibTorch holds more than 1 MiB
  EXPECT_EQ(before.device, "cpu");
  EXPECT_FALSE(before.cuda_allocated_bytes.has_value());
  const nlohmann::json json = memory_usage_json(before);
  EXPECT_EQ(json.at("resident_bytes").get<std::int64_t>(), before.resident_bytes);
  EXPECT_FALSE(json.contains("cuda_allocated_bytes"));

  // 64 MiB touched page by page must show up in the resident set.
  std::vector<char> block(64 << 20);
  for (std::size_t i = 0; i < block.size(); i += 4096) block[i] = static_cast<char>(i);
  EXPECT_GT(measure_memory_usage("cpu").resident_bytes, before.resident_bytes + (48 << 20));
  EXPECT_EQ(measure_memory_usage("cuda").device, "cuda:0");
}

}  // namespace
}  // namespace ctlite::ai
