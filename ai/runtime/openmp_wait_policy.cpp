#include "ai/runtime/openmp_wait_policy.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace ctlite::ai {

const char* openmp_wait_policy() {
  const char* policy = std::getenv("OMP_WAIT_POLICY");
  return policy && *policy ? policy : "default";
}

void relaunch_with_passive_openmp_if_needed() {
  if (std::getenv("OMP_WAIT_POLICY") || std::getenv("CTLITE_NO_RELAUNCH")) return;
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
  // Set both, so a failed or repeated exec can never loop.
  ::setenv("OMP_WAIT_POLICY", "passive", 1);
  ::setenv("CTLITE_NO_RELAUNCH", "1", 1);
  std::fflush(nullptr);
  ::execv("/proc/self/exe", argv.data());
  // Only reached when exec failed: carry on with the default policy.
}

}  // namespace ctlite::ai
