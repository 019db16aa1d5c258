#pragma once
// A LibTorch CPU allocator for machines where fresh memory is expensive. On the Firecracker VMs
// this project runs on, every first touch of a 4 KiB page costs ~30 µs (≈8 ms per MiB: a fresh
// 22 MB GEMM output took 190 ms to fill instead of 60 ms), and ATen allocates fresh outputs for
// every op. Large tensors (≥ 4 MiB) therefore get memory mapped with MADV_HUGEPAGE (2 MiB
// pages fault ~50× faster per byte), and freed blocks are kept and handed out again, so a
// steady-state forward touches no new memory at all. Smaller tensors keep glibc malloc, told to
// keep freed memory instead of returning it to the kernel.

#include <cstddef>

namespace ctlite::ai {

// Installs the allocator for all later CPU tensors (once; later calls do nothing). Freed large
// blocks are cached up to `cache_limit_bytes` (CTLITE_ALLOCATOR_CACHE_MB overrides; 0 disables
// caching but keeps huge pages).
void install_huge_page_cpu_allocator(std::size_t cache_limit_bytes = std::size_t{2} << 30);

struct HugePageAllocatorStats {
  std::size_t mapped_bytes = 0;        // large blocks currently mapped (in use + cached)
  std::size_t cached_bytes = 0;        // of which free and waiting for reuse
  std::size_t reused = 0, mapped = 0;  // allocations served from the cache / by new mappings
};
HugePageAllocatorStats huge_page_allocator_stats();

}  // namespace ctlite::ai
