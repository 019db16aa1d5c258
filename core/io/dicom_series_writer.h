#pragma once
// Writing a Volume as a DICOM CT Image Storage series, one file per slice.

#include <string>

#include "core/common/progress.h"
#include "core/volume/volume.h"

namespace ctlite::core {

enum class DicomTransferSyntax {
  ExplicitLittleEndian,  // uncompressed, readable everywhere
  JpegLsLossless,
  RleLossless,
};

struct DicomWriteOptions {
  DicomTransferSyntax transfer_syntax = DicomTransferSyntax::ExplicitLittleEndian;
  std::string series_description;  // empty: the volume's, else "CT-Lite export"
  std::string series_number;       // empty: the volume's, else "1"
};

// Writes `volume` (unit Hounsfield) as CT images CT000001.dcm... in `out_folder`: int16 stored
// values with Rescale Slope/Intercept (slope 1, intercept -1024 whenever the HU range fits),
// Image Position/Orientation, Pixel Spacing and Slice Thickness from the volume's geometry,
// patient/study identification from volume.metadata (the study and frame-of-reference UIDs
// are kept when present), and new series and SOP instance UIDs. `out_folder` must not exist:
// the series is written into a temporary folder beside it (AtomicOutput) and renamed into
// place, so a failure never leaves a partial series. Refuses to write inside the volume's own
// source folder. Throws OutputError. Slices are written in parallel; progress stage "write".
void write_dicom_series(const Volume& volume, const std::string& out_folder,
                        const DicomWriteOptions& options, const ctlite::Progress& progress = {});

}  // namespace ctlite::core
