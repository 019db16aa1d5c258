#include "app/cli/commands/train_parallel_launcher.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include "ai/runtime/threading.h"
#include "app/cli/commands/train_options.h"

extern char** environ;

namespace ctlite::cli::train {
namespace {
namespace fs = std::filesystem;

std::vector<std::string> own_command_line() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::vector<std::string> argv;
  for (std::string arg; std::getline(in, arg, '\0');) argv.push_back(arg);
  return argv;
}

}  // namespace

ParallelRun start_parallel_run(const Arguments& args, const std::string& out) {
  ParallelRun run;
  run.world = static_cast<int>(whole(args, "--nproc", 1, 1));
  run.port = static_cast<int>(whole(args, "--master-port", 29500 + ::getpid() % 2000, 1));
  if (run.world == 1) return run;
  if (auto rank = args.value("--rank")) {  // a launched worker
    run.rank = static_cast<int>(whole(args, "--rank", 0, 1));
    return run;
  }
  // Share the cores: each process gets its part (LibTorch and OpenBLAS threads alike).
  const int threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()) / run.world);
  ::setenv("CTLITE_NUM_THREADS", std::to_string(threads).c_str(), 1);
  ai::configure_cpu_threads();
  fs::create_directories(fs::path(out) / "logs");
  const auto argv_strings = own_command_line();
  for (int rank = 1; rank < run.world; ++rank) {
    std::vector<std::string> argv = argv_strings;
    for (const std::string& extra : {std::string("--rank"), std::to_string(rank),
                                     std::string("--master-port"), std::to_string(run.port)})
      argv.push_back(extra);
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    const std::string log = (fs::path(out) / "logs" / ("rank-" + std::to_string(rank) + ".log")).string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    const int error = posix_spawn(&pid, "/proc/self/exe", &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0)
      throw std::runtime_error("cannot start data-parallel rank " + std::to_string(rank) + ": " +
                               std::strerror(error));
    run.children.push_back(pid);
  }
  return run;
}

void finish_parallel_run(ParallelRun& run, const std::string& out) {
  for (std::size_t i = 0; i < run.children.size(); ++i) {
    int status = 0;
    ::waitpid(run.children[i], &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
      throw std::runtime_error("data-parallel rank " + std::to_string(i + 1) + " failed (see " +
                               (fs::path(out) / "logs").string() + ")");
  }
  run.children.clear();
}

}  // namespace ctlite::cli::train
