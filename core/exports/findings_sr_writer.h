#pragma once
// The AI findings of one CT as a DICOM Comprehensive 3D SR following TID 1500 "Measurement
// Report": the CT-Lite model is the observing device (TID 1001), each of the findings is one
// TID 1501 measurement group (Finding code, the score as a probability NUM with the algorithm
// identified per TID 4019, presence as a qualitative evaluation, the evidence slice and point),
// and the source images are listed in the Current Requested Procedure Evidence Sequence. The SR
// joins the source's patient and study. Codes: core/exports/finding_codes.h, docs/EXPORTS.md.

#include <string>

#include "core/exports/dicom_object.h"
#include "core/exports/findings_report.h"
#include "core/volume/volume.h"

namespace ctlite::core {

struct FindingsSrOptions {
  std::string series_description = "CT-Lite AI findings";
  std::string series_number = "9001";
  std::string software_version;  // CT-Lite's version, for Software Versions and the device
};

// `identity` is export_source_metadata(source) shared by every object of one export.
// InputError when an evidence voxel lies outside the source volume.
DicomObject make_findings_sr(const FindingsReport& report, const Volume& source,
                             const VolumeMetadata& identity, const FindingsSrOptions& options);

}  // namespace ctlite::core
