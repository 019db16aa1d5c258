#pragma once

namespace ctlite::ai {

// Sets LibTorch's intra-op threads and OpenBLAS's GEMM threads to the machine's cores (or
// CTLITE_NUM_THREADS). Both default to 1 on Debian's LibTorch, and at::set_num_threads does not
// govern OpenBLAS (stack-notes.md), so this is called once at engine start.
void configure_cpu_threads();

// The thread count configure_cpu_threads() chose.
int configured_cpu_threads();

}  // namespace ctlite::ai
