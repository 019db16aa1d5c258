#include "ai/runtime/compute_process.h"

#include "ai/runtime/huge_page_allocator.h"
#include "ai/runtime/openmp_wait_policy.h"

namespace ctlite::ai {

void configure_compute_process() {
  relaunch_with_passive_openmp_if_needed();
  install_huge_page_cpu_allocator();
}

}  // namespace ctlite::ai
