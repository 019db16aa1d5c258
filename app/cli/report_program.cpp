#include "app/cli/report_program.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "core/common/errors.h"

extern char** environ;

namespace ctlite::cli {

std::string report_program_path() {
  if (const char* configured = std::getenv("CTLITE_REPORT"); configured && *configured) {
    if (::access(configured, X_OK) != 0)
      throw core::OutputError(configured, "CTLITE_REPORT is not an executable program");
    return configured;
  }
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  const std::string beside = (self.parent_path() / "ctlite-report").string();
  if (error || ::access(beside.c_str(), X_OK) != 0)
    throw core::OutputError(beside, "the PDF renderer ctlite-report is missing (build or install "
                                    "the ctlite-report target, or set CTLITE_REPORT)");
  return beside;
}

void run_report_program(const std::vector<std::string>& arguments) {
  const std::string program = report_program_path();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  pid_t child = 0;
  const int spawned = posix_spawn(&child, program.c_str(), nullptr, nullptr, argv.data(), environ);
  if (spawned != 0)
    throw std::runtime_error(program + ": cannot start (" + std::strerror(spawned) + ")");
  int status = 0;
  while (waitpid(child, &status, 0) < 0)
    if (errno != EINTR) throw std::runtime_error(program + ": lost the child process");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("ctlite-report failed (" +
                             (WIFEXITED(status) ? "exit status " + std::to_string(WEXITSTATUS(status))
                                                : std::string("killed by a signal")) +
                             "); its message is above");
}

}  // namespace ctlite::cli
