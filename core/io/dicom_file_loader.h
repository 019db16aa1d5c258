#pragma once
// Loading one DICOM file with DCMTK, with failures turned into InputErrors naming the file.

#include <string>

class DcmFileFormat;

namespace ctlite::core {

enum class DicomLoadExtent {
  HeaderOnly,  // stops before Pixel Data: what scanning a folder needs
  Everything,
};

// Throws InputError(path, reason) when the file cannot be parsed (missing, truncated, corrupt).
void load_dicom_file(DcmFileFormat& file, const std::string& path, DicomLoadExtent extent);

}  // namespace ctlite::core
