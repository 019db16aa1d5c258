#pragma once
// One call that prepares a `ctlite` process for heavy LibTorch work (a CT-ViT forward at
// CT-CLIP size, training), after configure_cpu_threads():
//  * re-executes itself once so that idle OpenMP and OpenBLAS threads sleep instead of spinning
//    (thread_pool_wait_policy.h);
//  * installs the huge-page, block-reusing CPU allocator (huge_page_allocator.h).
// Call it first thing in the command, before any output.

namespace ctlite::ai {

void configure_compute_process();

}  // namespace ctlite::ai
