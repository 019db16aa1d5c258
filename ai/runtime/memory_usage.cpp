#include "ai/runtime/memory_usage.h"

#include <unistd.h>

#include <fstream>

#ifdef CTLITE_HAS_C10_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#endif

namespace ctlite::ai {
namespace {

std::int64_t resident_bytes() {
  // statm: size resident shared text lib data dt, in pages.
  std::ifstream statm("/proc/self/statm");
  std::int64_t size = 0, resident = 0;
  if (!(statm >> size >> resident)) return 0;
  return resident * static_cast<std::int64_t>(::sysconf(_SC_PAGESIZE));
}

}  // namespace

MemoryUsage measure_memory_usage(const std::string& device) {
  MemoryUsage usage;
  usage.resident_bytes = resident_bytes();
  usage.device = device == "cuda" ? "cuda:0" : device;
#ifdef CTLITE_HAS_C10_CUDA
  if (usage.device.rfind("cuda:", 0) == 0) {
    namespace allocator = c10::cuda::CUDACachingAllocator;
    const int index = std::stoi(usage.device.substr(5));
    const allocator::DeviceStats stats = allocator::getDeviceStats(index);
    const auto aggregate = static_cast<std::size_t>(allocator::StatType::AGGREGATE);
    usage.cuda_allocated_bytes = stats.allocated_bytes[aggregate].current;
    usage.cuda_reserved_bytes = stats.reserved_bytes[aggregate].current;
  }
#endif
  return usage;
}

nlohmann::json memory_usage_json(const MemoryUsage& usage) {
  nlohmann::json out = {{"resident_bytes", usage.resident_bytes}, {"device", usage.device}};
  if (usage.cuda_allocated_bytes) out["cuda_allocated_bytes"] = *usage.cuda_allocated_bytes;
  if (usage.cuda_reserved_bytes) out["cuda_reserved_bytes"] = *usage.cuda_reserved_bytes;
  return out;
}

}  // namespace ctlite::ai
