#pragma once
// The widgets library is static: the linker drops its compiled-in resources (icons) unless
// something references them, so the window calls this once.

namespace ctlite::widgets {

void initialise_ctlite_resources();

}  // namespace ctlite::widgets
