#pragma once
// Finding DICOM image series in a folder and reading one of them (or one file) as a Volume.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/volume/volume.h"

namespace ctlite::core {

// One image series found by scan_dicom_series.
struct DicomSeriesInfo {
  std::string series_instance_uid;
  std::string study_instance_uid;
  std::string modality;
  std::string series_description;
  std::string series_number;
  std::size_t image_count = 0;  // images (frames) over all files of the series
  std::uint16_t rows = 0;       // of the series' first file
  std::uint16_t columns = 0;
  std::vector<std::string> files;  // sorted paths
};

// A file that looks like DICOM (DICM preamble, data-set start, or .dcm/.dicom/.ima name) but
// could not be used; files that do not look like DICOM are skipped without a report.
struct DicomFileProblem {
  std::string path;
  std::string reason;
};

// Scans one file, or a folder and its sub-folders, reading headers only (pixel data is not
// loaded), and groups image files by Series Instance UID. Non-image DICOM objects (DICOMDIR,
// SR, RT structures) are skipped. Series are sorted by series number, then UID.
// Reports progress as stage "scan"; throws InputError if the path does not exist.
std::vector<DicomSeriesInfo> scan_dicom_series(const std::string& file_or_folder,
                                               const ctlite::Progress& progress = {});
// The same, also listing the broken DICOM-looking files in `problems`.
std::vector<DicomSeriesInfo> scan_dicom_series(const std::string& file_or_folder,
                                               std::vector<DicomFileProblem>& problems,
                                               const ctlite::Progress& progress = {});

struct DicomReadOptions {
  // Off (default): a series whose slice steps are uneven (missing slices, mixed
  // reconstructions) is refused, since one spacing for all slices would misplace anatomy.
  // On: the slices are linearly interpolated along the normal onto a uniform grid at the
  // median step, and a warning says so.
  bool resample_uneven_spacing = false;
};

struct DicomReadResult {
  Volume volume;
  // Non-fatal findings: duplicate copies ignored, defaults assumed for missing tags, resampling.
  std::vector<std::string> warnings;
};

// Reads one series as a Volume: slices ordered along the normal of Image Orientation
// (Patient) (origin = first slice's Image Position, direction = row, column, normal; LPS),
// Rescale Slope/Intercept applied per slice (unit Hounsfield for CT with rescale, else
// Unknown), metadata from the first slice and SOP Instance UIDs per slice (a multi-frame
// file's UID repeats for each of its frames; after resampling they list the source images).
// `file_or_folder` may name a single file (one slice or multi-frame). `series_uid` picks the
// series when the folder holds several; empty with several series is an InputError listing
// them. Inconsistent series (gaps, mixed orientations or sizes, several images per position,
// tilted gantry) are InputErrors naming the series and the reason. Progress stage "load".
Volume read_dicom_series(const std::string& file_or_folder, const std::string& series_uid = {},
                         const ctlite::Progress& progress = {});
DicomReadResult read_dicom_series_with_warnings(const std::string& file_or_folder,
                                                const std::string& series_uid,
                                                const DicomReadOptions& options,
                                                const ctlite::Progress& progress = {});

}  // namespace ctlite::core
