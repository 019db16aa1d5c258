#pragma once
// The one way a time stamp is written into our files (bundle manifests, model-library
// provenance, training run records): UTC in ISO 8601 with a Z, e.g. 2026-11-28T06:00:00Z, the
// form the bundle manifest's schema checks.

#include <string>

namespace ctlite::core {

std::string utc_timestamp_now();

}  // namespace ctlite::core
