#pragma once
// UIDs that exports mint: fresh instance UIDs, and stable name-based UIDs for things that must
// keep one identity across reports (the CT-Lite model as an SR "device").

#include <string>
#include <string_view>

namespace ctlite::core {

// A new globally unique UID (DCMTK's generator, as core/io's DICOM writer uses).
std::string new_dicom_uid();

// "2.25.<decimal>" from a 128-bit hash of `name` (PS3.5 B.2 UUID-derived form): the same name
// always gives the same UID. Not for anything that must stay secret.
std::string name_based_uid(std::string_view name);

}  // namespace ctlite::core
