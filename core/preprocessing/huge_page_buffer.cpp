#include "core/preprocessing/huge_page_buffer.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ctlite::core {

void resize_with_huge_pages(std::vector<float>& values, std::size_t count) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (values.capacity() < count) {
    std::vector<float>().swap(values);
    values.reserve(count);  // large allocations are fresh, untouched mmap regions
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(values.data());
    const std::uintptr_t end = begin + count * sizeof(float);
    const std::uintptr_t aligned = (begin + page - 1) & ~(page - 1);
    // Advisory only: if the kernel declines, the buffer simply uses normal pages.
    if (aligned < end) madvise(reinterpret_cast<void*>(aligned), end - aligned, MADV_HUGEPAGE);
  }
#endif
  values.resize(count);
}

}  // namespace ctlite::core
