#pragma once
// The findings report as a PDF (Qt's QPdfWriter: A4, 300 dpi, extractable text, lossless key
// images). Lives on the Qt side: the `ctlite` engine links LibTorch and therefore must not load
// Qt 6 (stack-notes.md), so it runs the `ctlite-report` program, and the viewer may call this
// in-process.

#include <array>
#include <string>
#include <vector>

#include "core/exports/findings_report.h"
#include "core/exports/key_images.h"
#include "core/volume/volume.h"

namespace ctlite::report {

struct FindingsPdfContent {
  core::FindingsReport findings;
  core::VolumeMetadata identity;        // printed identification (already de-identified if asked)
  bool deidentified = false;
  std::string source_format;            // "dicom", "nifti", "jpeg-stack"...
  std::array<std::int64_t, 3> dims{};
  std::array<double, 3> spacing{};
  core::DisplayWindow window;
  std::array<std::int64_t, 3> key_voxel{};
  std::string key_voxel_reason;         // why this voxel ("strongest evidence of ...")
  std::vector<core::KeyImage> key_images;       // axial, coronal, sagittal
  std::vector<core::KeyImage> overlay_images;   // the same with the overlay; empty when none
  std::string overlay_description;
  std::string generated_at;             // ISO 8601 local time
  std::string software_version;
};

// Writes `path` atomically (temporary file renamed into place); OutputError naming it on failure.
void write_findings_pdf(const FindingsPdfContent& content, const std::string& path);

}  // namespace ctlite::report
