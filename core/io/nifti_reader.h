#pragma once
// NIfTI-1 and NIfTI-2 volumes (.nii, .nii.gz; either byte order) into a Volume.

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/io/nifti_header.h"
#include "core/io/read_notes.h"
#include "core/volume/volume.h"

namespace ctlite::core {

struct NiftiImage {
  NiftiHeader header;
  // Voxels as nibabel's get_fdata() gives them: scl_slope/scl_inter applied when slope != 0.
  // Geometry from the sform/qform in LPS. unit is Unknown: NIfTI does not say, so callers
  // decide (label_unit_from_values, or the CT-RATE metadata).
  Volume volume;
};

// Reads the first 3-D volume (a 4-D file is read partially, with a note). Hostile or damaged
// files throw InputError naming `path`, before any allocation the file cannot back.
NiftiImage read_nifti(const std::string& path, const ctlite::Progress& progress = {},
                      ReadNotes* notes = nullptr);

// An RGB24 NIfTI (the engine's PCA feature map): `grid` holds dims and geometry but no voxels;
// `rgb` holds 3 bytes per voxel of the first 3-D volume, x fastest. InputError naming `path`
// for any other datatype or a file that cannot back its header.
struct NiftiRgbImage {
  NiftiHeader header;
  Volume grid;
  std::vector<std::uint8_t> rgb;
};
NiftiRgbImage read_nifti_rgb(const std::string& path);

// Only the header (the first bytes of the file, decompressed when gzip).
NiftiHeader read_nifti_header(const std::string& path, ReadNotes* notes = nullptr);

}  // namespace ctlite::core
