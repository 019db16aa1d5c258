#pragma once
// Walks a file or folder and parses the header of every DICOM image file in it.

#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/io/dicom_image_header.h"
#include "core/io/dicom_series_reader.h"

namespace ctlite::core {

struct DicomFolderScan {
  std::vector<DicomImageHeader> images;    // in sorted path order
  std::vector<DicomFileProblem> problems;  // DICOM-looking files that could not be used
  std::vector<std::string> non_images;     // DICOM objects without pixels (DICOMDIR, SR, ...)
};

// A folder is walked recursively (symbolic links to folders are not followed, so links cannot
// loop); files that do not look like DICOM are skipped. A single file is always tried, since
// the caller named it. Throws InputError if the path does not exist. Progress stage "scan".
DicomFolderScan scan_dicom_folder(const std::string& file_or_folder,
                                  const ctlite::Progress& progress);

}  // namespace ctlite::core
