#pragma once
// The environment a LibTorch compute process wants on a small machine: idle OpenMP and OpenBLAS
// threads sleep instead of spinning against each other (why, with measurements:
// ai/runtime/thread_pool_wait_policy.h). Both libraries read these once, at load, so they must
// be in place when the process starts: the engine re-executes itself to set them, and whoever
// launches the engine can set them up front and save that second start-up.
// Header-only so ai/ (which builds without core's compiled code) and the Qt side share it.

#include <array>
#include <string_view>

namespace ctlite::core {

struct EnvironmentSetting {
  std::string_view name, value;
};

inline constexpr std::array<EnvironmentSetting, 2> kComputeThreadEnvironment = {{
    {"OMP_WAIT_POLICY", "passive"},
    {"OPENBLAS_THREAD_TIMEOUT", "4"},
}};

}  // namespace ctlite::core
