#include "widgets/workstation/resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be expanded outside any namespace.
static void initialise_resources_in_global_namespace() { Q_INIT_RESOURCE(ctlite); }

namespace ctlite::widgets {

void initialise_ctlite_resources() {
  static const bool once = [] {
    initialise_resources_in_global_namespace();
    return true;
  }();
  (void)once;
}

}  // namespace ctlite::widgets
