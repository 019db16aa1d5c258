#include "ai/runtime/thread_pool_wait_policy.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/common/compute_thread_environment.h"

namespace ctlite::ai {

namespace {

const char* variable_or_default(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : "default";
}

}  // namespace

const char* openmp_wait_policy() { return variable_or_default("OMP_WAIT_POLICY"); }

const char* openblas_thread_timeout() { return variable_or_default("OPENBLAS_THREAD_TIMEOUT"); }

void relaunch_with_sleeping_thread_pools_if_needed() {
  if (std::getenv("CTLITE_NO_RELAUNCH")) return;
  std::vector<core::EnvironmentSetting> missing;  // the settings the user has not made
  for (const auto& setting : core::kComputeThreadEnvironment)
    if (!std::getenv(std::string(setting.name).c_str())) missing.push_back(setting);
  if (missing.empty()) return;
  std::ifstream file("/proc/self/cmdline", std::ios::binary);
  const std::string command_line((std::istreambuf_iterator<char>(file)), {});
  if (command_line.empty()) return;
  std::vector<std::string> arguments;
  for (std::size_t start = 0; start < command_line.size();) {
    const std::size_t end = command_line.find('\0', start);
    arguments.push_back(command_line.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  std::vector<char*> argv;
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  for (const auto& setting : missing)
    ::setenv(std::string(setting.name).c_str(), std::string(setting.value).c_str(), 1);
  // So a failed or repeated exec can never loop.
  ::setenv("CTLITE_NO_RELAUNCH", "1", 1);
  std::fflush(nullptr);
  ::execv("/proc/self/exe", argv.data());
  // Only reached when exec failed: carry on with the default policy.
}

}  // namespace ctlite::ai
