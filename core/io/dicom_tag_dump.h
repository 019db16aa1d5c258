#pragma once
// Every data element of a DICOM file as display text, for the viewer's tag browser. Sequences
// are flattened with a nesting depth; bulk values (pixel data, long binary) are summarised by
// size rather than loaded.

#include <string>
#include <vector>

namespace ctlite::core {

struct DicomTagEntry {
  int depth = 0;        // 0 = top-level dataset or file meta, +1 per enclosing sequence item
  std::string tag;      // "(0010,0010)"
  std::string vr;       // "PN"
  std::string keyword;  // "PatientName", or "Unknown Tag & Data" for private elements
  std::string value;    // backslash-separated values, truncated; "<524288 bytes>" for bulk data
  bool in_file_meta = false;
};

// Throws InputError naming the file when it is not a readable DICOM file.
std::vector<DicomTagEntry> dump_dicom_tags(const std::string& path);

// The first file (in sorted path order) under `folder` whose SeriesInstanceUID equals
// `series_uid` (any DICOM file when `series_uid` is empty); empty when there is none.
std::string find_dicom_file_of_series(const std::string& folder, const std::string& series_uid);

}  // namespace ctlite::core
