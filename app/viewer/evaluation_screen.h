#pragma once
// `ctlite-viewer --show-evaluation REPORT.json [--baseline REPORT.json] [--screenshot OUT.png]`:
// the evaluation view on its own, for looking at a `ctlite evaluate --out` report without the
// fine-tuning wizard, and for the screenshot test. Returns the process exit code.

#include "app/viewer/viewer_options.h"

namespace ctlite::viewer {

int run_evaluation_screen(const ViewerOptions& options);

}  // namespace ctlite::viewer
