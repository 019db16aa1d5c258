#pragma once
// Runs one job per slice on all cores (JPEG slices decode and encode independently). Progress
// is reported, and cancellation honoured, on the calling thread only, so a GUI callback never
// runs on a worker; the first exception of any job stops the others and is rethrown.

#include <cstddef>
#include <functional>
#include <string>

#include "core/common/progress.h"

namespace ctlite::core {

void for_each_slice_in_parallel(std::size_t count, const std::function<void(std::size_t)>& job,
                                const ctlite::Progress& progress, const std::string& stage);

}  // namespace ctlite::core
