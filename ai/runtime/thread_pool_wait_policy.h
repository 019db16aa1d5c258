#pragma once
// On a 2-core machine two thread pools share the cores: LibTorch's OpenMP workers (libgomp, for
// element-wise work) and OpenBLAS's own GEMM threads. By default each pool spins after its work
// is done, and the spinning steals the cores from the other pool:
//  * libgomp spins unless OMP_WAIT_POLICY=passive (stack-notes.md: a CT-ViT forward took 14.5 s
//    with the default, 11.1 s passive);
//  * OpenBLAS's idle workers call sched_yield() for 2^28 cycles (~0.1 s) before sleeping, i.e.
//    through most of the element-wise work between two GEMMs; OPENBLAS_THREAD_TIMEOUT=4 (2^4
//    cycles, its minimum) lets them sleep at once. Waking them costs microseconds against GEMMs
//    of milliseconds. Measured on the full-size forward: +5 GFLOP/s wall, per CPU-second
//    71 -> 78% of sgemm (docs/PERFORMANCE.md).
// Both libraries read their variable once, when they are loaded, which is before main() for any
// binary linking LibTorch; the only way to change them from inside is to start the process
// again with the variables set.

namespace ctlite::ai {

// For compute-heavy commands: unless CTLITE_NO_RELAUNCH is set, re-executes the current process
// (/proc/self/exe with the same arguments) once with OMP_WAIT_POLICY=passive and
// OPENBLAS_THREAD_TIMEOUT=4, keeping either where the user has set it. Returns normally when
// nothing needs doing or the re-exec failed. Must be called before the command has produced
// output or started threads of its own.
void relaunch_with_sleeping_thread_pools_if_needed();

// "passive", "active", or "default" (not set): what libgomp was started with.
const char* openmp_wait_policy();

// OPENBLAS_THREAD_TIMEOUT as OpenBLAS was started with it, or "default" (not set).
const char* openblas_thread_timeout();

}  // namespace ctlite::ai
