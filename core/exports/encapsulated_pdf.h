#pragma once
// A PDF report as an Encapsulated PDF DICOM object (PS3.3 A.45.1) in the study of the CT it
// reports on, so a PACS that cannot show PDFs from disk still files and displays it.

#include <cstdint>
#include <string>
#include <vector>

#include "core/exports/dicom_object.h"
#include "core/volume/volume.h"

namespace ctlite::core {

struct EncapsulatedPdfOptions {
  std::string document_title = "CT-Lite AI findings report";
  std::string series_description = "CT-Lite AI findings report (PDF)";
  std::string series_number = "9002";
  std::string software_version;
};

// `pdf` must start with the "%PDF-" signature (InputError naming `pdf_source` otherwise, or when
// it exceeds kMaxEncapsulatedPdfBytes). `identity` is export_source_metadata(source).
DicomObject make_encapsulated_pdf(const std::vector<std::uint8_t>& pdf,
                                  const std::string& pdf_source, const VolumeMetadata& identity,
                                  const EncapsulatedPdfOptions& options);

// A findings report is a few hundred kilobytes; the OB element itself could hold ~4 GB.
constexpr std::uint64_t kMaxEncapsulatedPdfBytes = 256u << 20;

}  // namespace ctlite::core
