#pragma once
// What a training process holds in memory, for the engine's step events: its resident set
// (Linux /proc/self/statm) and, on a CUDA device, the caching allocator's allocated and reserved
// bytes. The CUDA figures need a CUDA LibTorch (c10_cuda); a CPU-only build reports none, never
// a made-up zero.

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace ctlite::ai {

struct MemoryUsage {
  std::int64_t resident_bytes = 0;  // 0 when /proc is unreadable
  std::string device;               // "cpu", "cuda:0", ...
  std::optional<std::int64_t> cuda_allocated_bytes;
  std::optional<std::int64_t> cuda_reserved_bytes;
};

// `device` as --device spells it ("cpu", "cuda", "cuda:1").
MemoryUsage measure_memory_usage(const std::string& device);

// {"resident_bytes":…, "device":"cuda:0", "cuda_allocated_bytes":…, "cuda_reserved_bytes":…};
// the CUDA keys only when measured.
nlohmann::json memory_usage_json(const MemoryUsage& usage);

}  // namespace ctlite::ai
