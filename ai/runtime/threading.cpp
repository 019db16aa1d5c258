#include "ai/runtime/threading.h"

#include <dlfcn.h>
#include <torch/torch.h>

#include <cstdlib>
#include <string>
#include <thread>

namespace ctlite::ai {
namespace {
int g_threads = 1;
}

void configure_cpu_threads() {
  int threads = static_cast<int>(std::thread::hardware_concurrency());
  if (const char* env = std::getenv("CTLITE_NUM_THREADS")) {
    int requested = std::atoi(env);
    if (requested > 0) threads = requested;
  }
  if (threads < 1) threads = 1;
  g_threads = threads;
  at::set_num_threads(threads);
  // OpenBLAS is loaded through libblas.so.3; set its thread count when the symbol is present
  // (the reference BLAS has no such function and is single-threaded anyway).
  using SetThreads = void (*)(int);
  if (auto set_blas_threads =
          reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
    set_blas_threads(threads);
}

int configured_cpu_threads() { return g_threads; }

}  // namespace ctlite::ai
