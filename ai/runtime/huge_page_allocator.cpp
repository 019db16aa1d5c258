#include "ai/runtime/huge_page_allocator.h"

#include <c10/core/CPUAllocator.h>
#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <mutex>
#include <new>
#include <unordered_map>

namespace ctlite::ai {
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kLargeAllocation = std::size_t{4} << 20;
// glibc: serve allocations below this from the heap and never trim it, so freed small and
// medium tensors are reused instead of being faulted in again.
constexpr int kMallocMmapThreshold = 4 << 20;
constexpr int kMallocTrimThreshold = 1 << 30;

struct Mapping {
  void* base;
  std::size_t length;  // of the mapping
  std::size_t usable;  // bytes from the aligned start
};

class HugePageAllocator final : public c10::Allocator {
 public:
  HugePageAllocator(c10::Allocator* small, std::size_t cache_limit)
      : small_(small),
        small_deleter_(small->raw_deleter() ? small->raw_deleter() : &std::free),
        cache_limit_(cache_limit) {}

  c10::DataPtr allocate(std::size_t bytes) const override {
    if (bytes < kLargeAllocation) return small_->allocate(bytes);
    void* data = take(bytes);
    return {data, data, &release, c10::Device(c10::DeviceType::CPU)};
  }
  c10::DeleterFnPtr raw_deleter() const override { return &release; }

  HugePageAllocatorStats stats() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return stats_;
  }

  static HugePageAllocator* instance;

 private:
  static void release(void* data) { instance->give_back(data); }

  void* take(std::size_t bytes) const {
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      // Best fit, accepting at most 25% slack so one huge block is not spent on a small tensor.
      const auto fit = free_.lower_bound(rounded);
      if (fit != free_.end() && fit->first <= rounded + rounded / 4) {
        void* data = fit->second;
        stats_.cached_bytes -= fit->first;
        free_.erase(fit);
        ++stats_.reused;
        return data;
      }
    }
    const std::size_t length = rounded + kHugePage;  // room to align the start to 2 MiB
    void* base = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) throw std::bad_alloc();
    const auto address = reinterpret_cast<std::uintptr_t>(base);
    auto* data = reinterpret_cast<void*>((address + kHugePage - 1) / kHugePage * kHugePage);
    madvise(data, rounded, MADV_HUGEPAGE);  // advisory: without THP it simply has no effect
    std::lock_guard<std::mutex> lock(mutex_);
    mappings_[data] = {base, length, rounded};
    stats_.mapped_bytes += rounded;
    ++stats_.mapped;
    return data;
  }

  void give_back(void* data) const {
    std::unique_lock<std::mutex> lock(mutex_);
    const auto found = mappings_.find(data);
    if (found == mappings_.end()) {
      // raw_allocate of a small size went to the previous allocator, but raw_deallocate
      // always calls our raw_deleter: hand the block back to where it came from.
      lock.unlock();
      small_deleter_(data);
      return;
    }
    const Mapping mapping = found->second;
    if (stats_.cached_bytes + mapping.usable <= cache_limit_) {
      free_.emplace(mapping.usable, data);
      stats_.cached_bytes += mapping.usable;
      return;
    }
    munmap(mapping.base, mapping.length);
    stats_.mapped_bytes -= mapping.usable;
    mappings_.erase(found);
  }

  c10::Allocator* small_;
  c10::DeleterFnPtr small_deleter_;
  std::size_t cache_limit_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<void*, Mapping> mappings_;
  mutable std::multimap<std::size_t, void*> free_;  // usable size -> block
  mutable HugePageAllocatorStats stats_;
};

HugePageAllocator* HugePageAllocator::instance = nullptr;

}  // namespace

void install_huge_page_cpu_allocator(std::size_t cache_limit_bytes) {
  static std::once_flag once;
  std::call_once(once, [&] {
    if (const char* limit = std::getenv("CTLITE_ALLOCATOR_CACHE_MB"))
      cache_limit_bytes = static_cast<std::size_t>(std::strtoull(limit, nullptr, 10)) << 20;
    mallopt(M_MMAP_THRESHOLD, kMallocMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, kMallocTrimThreshold);
    // Never destroyed: tensors may be freed during static destruction at exit.
    HugePageAllocator::instance = new HugePageAllocator(c10::GetCPUAllocator(), cache_limit_bytes);
    c10::SetCPUAllocator(HugePageAllocator::instance, /*priority=*/1);
  });
}

HugePageAllocatorStats huge_page_allocator_stats() {
  return HugePageAllocator::instance ? HugePageAllocator::instance->stats()
                                     : HugePageAllocatorStats{};
}

}  // namespace ctlite::ai
