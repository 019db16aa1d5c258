#pragma once
// Runs one job per slice on a few std::threads. Preprocessing is slice-parallel everywhere
// (resampling slabs, JPEG encode/decode per axial slice), so this is its one threading helper.

#include <cstdint>
#include <functional>
#include <string>

#include "core/common/progress.h"

namespace ctlite::core {

// 0 = one thread per hardware core.
int resolve_thread_count(int requested);

// Calls job(slice, worker) for every slice in [0, slice_count), worker in [0, threads), on
// `threads` threads including the caller. Progress is reported from the calling thread only (the
// callback need not be thread-safe); a cancel request or an exception in any job stops every
// worker, and the first exception (or OperationCancelled) is rethrown on the caller once all
// threads have joined, so no job ever outlives the call. Completion (1.0) is always reported.
void for_each_slice_in_parallel(std::int64_t slice_count, int threads, const Progress& progress,
                                const std::string& stage,
                                const std::function<void(std::int64_t slice, int worker)>& job);

}  // namespace ctlite::core
