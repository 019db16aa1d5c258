#pragma once
// LibTorch's OpenMP worker threads (libgomp) spin after every parallel region by default, and
// on a 2-core machine that spinning steals the cores from OpenBLAS's own GEMM threads
// (stack-notes.md: a CT-ViT forward took 14.5 s with the default, 11.1 s with
// OMP_WAIT_POLICY=passive). libgomp reads the policy once, when it is loaded, which is before
// main() for any binary linking LibTorch; the only way to change it from inside is to start the
// process again with the variable set.

namespace ctlite::ai {

// For compute-heavy commands: when OMP_WAIT_POLICY is not set (and CTLITE_NO_RELAUNCH is not
// set), re-executes the current process (/proc/self/exe with the same arguments) with
// OMP_WAIT_POLICY=passive. Returns normally when nothing needs doing or the re-exec failed.
// Must be called before the command has produced output or started threads of its own.
void relaunch_with_passive_openmp_if_needed();

// "passive", "active", or "default" (not set): what libgomp was started with.
const char* openmp_wait_policy();

}  // namespace ctlite::ai
