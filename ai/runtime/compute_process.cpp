#include "ai/runtime/compute_process.h"

#include "ai/runtime/huge_page_allocator.h"
#include "ai/runtime/thread_pool_wait_policy.h"

namespace ctlite::ai {

void configure_compute_process() {
  relaunch_with_sleeping_thread_pools_if_needed();
  install_huge_page_cpu_allocator();
}

}  // namespace ctlite::ai
