#pragma once
// `ctlite-report plot-losses`: one column of several `ctlite train` runs' metrics.csv against
// the step, as a PNG or PDF chart with a legend (the ablation curves of docs/TRAINING.md).

#include <string>
#include <vector>

namespace ctlite::report {

extern const char* const kPlotLossesUsage;

// `raw`: the arguments after "plot-losses". Returns the exit code; throws UsageError,
// core::InputError (a metrics file, named) or core::OutputError.
int run_plot_losses(const std::vector<std::string>& raw);

}  // namespace ctlite::report
