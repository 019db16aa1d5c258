#include "ai/runtime/huge_page_allocator.h"

#include <c10/core/CPUAllocator.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdint>

namespace ctlite::ai {
namespace {

// The allocator is process-wide: once installed, every later test in test_ai runs on it too.
TEST(HugePageAllocator, ReusesLargeBlocksAndKeepsValuesCorrect) {
  install_huge_page_cpu_allocator();
  const auto before = huge_page_allocator_stats();
  const void* first_address = nullptr;
  {
    torch::Tensor big = torch::arange(3 << 20, torch::kFloat32);  // 12 MiB
    first_address = big.data_ptr();
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(first_address) % (2 << 20), 0u);  // 2 MiB aligned
    EXPECT_EQ(big[(3 << 20) - 1].item<float>(), static_cast<float>((3 << 20) - 1));
  }
  const auto after_free = huge_page_allocator_stats();
  EXPECT_GE(after_free.cached_bytes, std::size_t{12} << 20);
  {
    torch::Tensor again = torch::full({11 << 18}, 2.5f);  // 11 MiB fits the cached 12 MiB block
    EXPECT_EQ(again.data_ptr(), first_address);
    EXPECT_EQ(again.sum().item<double>(), 2.5 * (11 << 18));
  }
  EXPECT_GT(huge_page_allocator_stats().reused, before.reused);

  // Small tensors stay with the previous allocator; raw allocation works for large ones.
  EXPECT_EQ(torch::ones({16}).sum().item<float>(), 16.0f);
  c10::Allocator* allocator = c10::GetCPUAllocator();
  void* raw = allocator->raw_allocate(std::size_t{8} << 20);
  static_cast<char*>(raw)[(8 << 20) - 1] = 1;
  allocator->raw_deallocate(raw);
  void* small_raw = allocator->raw_allocate(100);
  allocator->raw_deallocate(small_raw);
  EXPECT_EQ(allocator->allocate(0).get(), nullptr);
}

}  // namespace
}  // namespace ctlite::ai
